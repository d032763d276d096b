"""Counts of wins and nominations as slots: a count is read wherever the parse puts it (a bare
number in the prize's place, a second object the verb was left out of, a relation noun
coordinated with another, the pool a relative clause counts), and a claim is never supported
while a count its statement makes is wrong. Sentences are written for these tests; the facts
are the default KB's (the 97th Academy Awards, the 30th Critics Choice Awards)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def counts(text, kb):
    return [c for c in claims(text, kb) if c.slots.get("kind") == "award_count"]


def test_a_bare_number_in_the_prize_s_place_is_a_count(default_kb):
    text = "Anora won five Oscars at the 97th Academy Awards. It was nominated for {}."
    got = counts(text.format("ten"), default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(5, "supported"), (10, "refuted")]
    assert "6 nominations" in got[1].explanation
    assert [c.verdict for c in counts(text.format("six"), default_kb)] == ["supported"] * 2


def test_a_cue_ending_in_with_takes_the_prize_there(default_kb):
    ok = counts("At the 97th Academy Awards, The Brutalist came away with three.", default_kb)
    assert [(c.subject.id, c.slots["count"], c.verdict) for c in ok] == [
        ("the-brutalist-2024-film", 3, "supported")]
    bad = counts("The Brutalist walked off with four at the 97th Academy Awards, more than "
                 "any other drama.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in bad] == [(4, "refuted")]
    # a prize named after "with" is the prize, not the work it was for
    win = [c for c in claims("Anora walked away with the Palme d'Or in 2024.", default_kb)
           if c.slots.get("kind") == "award"]
    assert [(c.slots["award"], c.verdict) for c in win] == [("palme-d-or", "supported")]


def test_a_name_the_kb_lacks_is_never_refuted(default_kb):
    got = counts("Harbour Lights was nominated for ten at the 97th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    got = counts("Ilse Varga came away with two at the 97th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_count_binds_to_its_own_clause(default_kb):
    got = counts("Anora won five Oscars at the 97th Academy Awards, and The Brutalist was "
                 "nominated for eleven.", default_kb)
    assert [(c.subject.id, c.slots["count"], c.verdict) for c in got] == [
        ("anora-2024-film", 5, "supported"), ("the-brutalist-2024-film", 11, "refuted")]


def test_a_second_object_the_verb_was_left_out_of(default_kb):
    text = "Anora took the Palme d'Or at Cannes and later {} Oscars."
    got = claims(text.format("seven"), default_kb)
    palme = [c for c in got if c.slots.get("kind") == "award"]
    assert [c.verdict for c in palme] == ["supported"]
    n = [c for c in got if c.slots.get("kind") == "award_count"]
    assert [(c.slots["count"], c.verdict, c.text) for c in n] == [(7, "refuted", "seven Oscars")]
    assert [c.verdict for c in counts(text.format("five"), default_kb)] == ["supported"]


def test_coordinated_relation_nouns_each_count_their_own(default_kb):
    text = "Anora earned five Golden Globe nominations and {} Critics Choice nominations."
    got = counts(text.format("eight"), default_kb)
    assert [(c.slots["family"], c.slots["count"], c.verdict) for c in got] == [
        ("golden-globe-awards", 5, "supported"), ("critics-choice-awards", 8, "refuted")]
    got = counts(text.format("seven"), default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]


def test_a_list_is_not_supported_while_the_pool_it_names_is_miscounted(default_kb):
    text = ("At the 97th Academy Awards, Sean Baker took home four of the {} awards which "
            "Anora was up for: Best Picture, Best Director, Best Film Editing and Best "
            "Original Screenplay.")
    bad = claims(text.format("eight"), default_kb)
    # one statement, one row: the wrong pool count makes it refuted, no item stays supported
    assert [c.verdict for c in bad] == ["refuted"]
    assert "not 8" in bad[0].explanation
    ok = claims(text.format("six"), default_kb)
    assert ok and all(c.verdict == "supported" for c in ok)


def test_a_count_reached_at_the_time_the_clause_gives(default_kb):
    # "became a two-time winner in 1979": every win up to that edition, the last one there
    text = "Francis Ford Coppola won the Palme d'Or in 1974. Coppola became a {}-time winner in 1979."
    got = counts(text.format("two"), default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(2, "supported")]
    assert "32nd Cannes" in got[0].explanation
    # an incomplete record never refutes; a complete one does
    assert [c.verdict for c in counts(text.format("three"), default_kb)] == ["not_enough_info"]
    got = counts("At the Academy Awards, Sean Baker became a five-time winner in 2025.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "had 4" in got[0].explanation
    got = reelcheck.check("At the Academy Awards, Ilse Varga became a two-time winner in "
                          "2025.", kb=default_kb).claims
    assert all(c.verdict != "refuted" for c in got)   # a name the KB lacks


def test_a_count_out_of_a_pool_is_not_a_count_of_the_example(default_kb):
    # "three of his four nominations, including Best Director": three wins in all, not three
    # wins of Best Director; the example is a win of its own
    text = ("Sean Baker won {} of his four nominations at the 97th Academy Awards, including "
            "Best Director.")
    got = claims(text.format("three"), default_kb)
    row = [c for c in got if c.slots.get("kind") == "award_count"]
    assert [c.verdict for c in row] == ["refuted"] and "not 3" in row[0].explanation
    item = [c for c in got if c.slots.get("kind") == "award"]
    assert [(c.verdict, c.slots.get("count")) for c in item] == [("supported", None)]
    assert all(c.verdict == "supported" for c in claims(text.format("four"), default_kb))


def test_nothing_but_after_a_cue_s_preposition(default_kb):
    # "went home with nothing but praise": acclaim, no count and no win
    assert claims("Sean Baker went home with nothing but praise at the 97th Academy Awards.",
                  default_kb) == []
    # "with nothing but the Best Director prize": that prize and no other
    got = counts("Sean Baker walked away with nothing but the Best Director prize at the 97th "
                 "Academy Awards.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(1, "refuted")]
    got = counts("Mikey Madison came away with nothing but the Best Actress prize at the 97th "
                 "Academy Awards.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(1, "supported")]


def test_a_title_s_words_are_not_a_count(default_kb):
    # "Once" closes a title; the parser may hang it on the verb as "once"
    ok = counts("Everything Everywhere All at Once carried off seven Oscars.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in ok] == [(7, "supported")]
    bad = counts("Everything Everywhere All at Once carried off nine Oscars.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in bad] == [(9, "refuted")]
    assert "won 7 Oscars" in bad[0].explanation   # the two directors share one Best Director


def test_a_word_between_number_and_prize_narrows_the_count(default_kb):
    # a category word binds the count to that category
    got = claims("John Ford collected two directing Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "four times" in got[0].explanation
    assert [c.verdict for c in claims("John Ford collected four directing Oscars.",
                                      default_kb)] == ["supported"]
    # a part the KB cannot single out: neither held nor refuted against the whole record
    for text in ("Walt Disney took home two animated Oscars.",):
        assert all(c.verdict == "not_enough_info" for c in claims(text, default_kb)), text
    # a class of categories (`categories.classes`) counts within it: her Best Picture as a
    # producer is no acting Oscar
    assert [c.verdict for c in claims("Frances McDormand has three acting Oscars to her name.",
                                      default_kb)] == ["supported"]
    got = claims("Frances McDormand has four acting Oscars to her name.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "actor or actress" in got[0].explanation
    got = claims("Oppenheimer won three acting Oscars at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "not 3" in got[0].explanation
    # a loose word ("major") may mean all of them: holds, but a different number is no refute
    assert [c.verdict for c in counts("Sean Baker bagged four major Oscars in one night.",
                                      default_kb)] == ["supported"]
    assert [c.verdict for c in counts("Oppenheimer landed three big Oscars.", default_kb)] == [
        "not_enough_info"]
    # before the number it praises the count: "an astonishing five"
    assert [c.verdict for c in counts("Anora took an astonishing six Oscars at the 97th "
                                      "Academy Awards.", default_kb)] == ["refuted"]


def test_a_number_on_the_name_before_the_noun_counts_the_noun(default_kb):
    # "14 Oscar nods": the parser hangs the number on "Oscar"; it counts the nominations
    got = counts("Titanic won 11 of its 14 Oscar nods.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = counts("Titanic scooped 11 of its 12 Oscar nods.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "not 12" in got[0].explanation
    assert [c.verdict for c in counts("Anora picked up six Oscar noms.", default_kb)] == [
        "supported"]
    # "nominated for an Oscar 17 times": the times the parser put under the preposition
    got = counts("Meryl Streep has been nominated for an Oscar 17 times.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = counts("Meryl Streep has been up for an Oscar 21 times.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
    got = counts("Ilse Varga has been nominated for an Oscar 17 times.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_multiple_on_the_holder_noun_counts_its_wins(default_kb):
    # "double/triple Oscar winner", as "two-/three-time": however the parser hangs the word
    for text, want in (("Triple Oscar winner Jack Nicholson handed out the prize.", "supported"),
                       ("Jack Nicholson, a double Oscar winner, handed out the prize.",
                        "refuted"),
                       ("Three-time Academy Award winner Jack Nicholson handed out the prize.",
                        "supported"),
                       ("Two-time Oscar winner Jack Nicholson handed out the prize.",
                        "refuted")):
        got = counts(text, default_kb)
        assert [c.verdict for c in got] == [want], text
    assert all(c.verdict == "not_enough_info" for c in counts(
        "Ilse Varga, a double Oscar winner, handed out the prize.", default_kb))


def test_half_a_dozen_is_six(default_kb):
    got = counts("Anora picked up half a dozen Oscar nominations.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(6, "supported")]
    got = counts("Oppenheimer picked up a dozen Oscar nominations.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(12, "refuted")]


def test_an_owner_s_ordinal_counts_the_noun_it_is_on(default_kb):
    # "his second Oscar ... for Best Director": the second of his Oscars, four of them in one
    # night the KB does not order -- open, not refuted as a second Best Director win
    got = [c for c in claims("Sean Baker picked up his second Oscar of the evening for Best "
                             "Director.", default_kb) if c.slots.get("kind") == "award"]
    assert [c.verdict for c in got] == ["not_enough_info"]
    # more than that night and his career hold
    got = [c for c in claims("Sean Baker picked up his sixth Oscar for Best Director.",
                             default_kb) if c.slots.get("kind") == "award"]
    assert [c.verdict for c in got] == ["refuted"]
    # a category on the noun counts that category's wins
    got = [c for c in claims("Frances McDormand took her second Best Actress Oscar for "
                             "Nomadland.", default_kb) if c.slots.get("kind") == "award"]
    assert [c.verdict for c in got] == ["refuted"]
    got = [c for c in claims("Meryl Streep took her third Academy Award for The Iron Lady.",
                             default_kb) if c.slots.get("kind") == "award"]
    assert [c.verdict for c in got] == ["supported"]


def test_competitive_counts_only_the_prizes_won_in_competition(default_kb):
    # Walt Disney: 26 in all, 22 competitive -- "26 competitive" states a wrong count
    assert [c.verdict for c in counts("Walt Disney took home 22 competitive Oscars.",
                                      default_kb)] == ["supported"]
    assert [c.verdict for c in counts("Walt Disney took home 26 competitive Oscars.",
                                      default_kb)] == ["refuted"]
    # a count of everything still holds without the word
    assert [c.verdict for c in counts("Walt Disney took home 26 Oscars.", default_kb)] == [
        "supported"]
    # at one ceremony: Gone with the Wind's ten, eight of them competitive
    assert [c.verdict for c in counts("Gone with the Wind took ten competitive Oscars in "
                                      "1940.", default_kb)] == ["refuted"]


def test_a_pronoun_pool_counts_the_wins_out_of_the_nominations_named(default_kb):
    # "N of them": the pronoun stands for the counted prizes before it; N counts the wins
    text = "The Brutalist picked up ten Oscar nominations and ended up winning {} of them."
    got = counts(text.format("three"), default_kb)
    assert sorted((c.slots["count"], c.verdict) for c in got) == [(3, "supported"), (10, "supported")]
    got = counts(text.format("four"), default_kb)
    assert sorted((c.slots["count"], c.verdict) for c in got) == [(4, "refuted"), (10, "supported")]
    got = counts("Anora scored six Academy Award nods, taking home five of those.", default_kb)
    assert sorted((c.slots["count"], c.verdict) for c in got) == [(5, "supported"), (6, "supported")]
    # a film the KB lacks: never refuted
    got = counts("Harbour Lights drew nine Oscar nominations and won two of them.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"] * 2
    # no count before the pronoun: nothing for it to stand for, no count read
    assert counts("Anora won five of them.", default_kb) == []


def test_a_career_without_a_win_is_a_count_of_none_where_the_record_is_complete(default_kb):
    # the Oscar record is complete per person: no edition named reads the whole career
    def award_rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.slots.get("kind") == "award"]
    assert award_rows("To this day Glenn Close has not won an Academy Award.") == ["supported"]
    assert award_rows("Amy Adams has yet to take home an Oscar.") == ["supported"]
    assert award_rows("Cillian Murphy has never won an Oscar.") == ["refuted"]
    assert award_rows("Amy Adams won an Oscar.") == ["refuted"]
    # a person the KB lacks, and a show whose record the KB does not hold whole: left open
    assert award_rows("Mirela Dancu has never won an Oscar.") == ["not_enough_info"]
    assert award_rows("Glenn Close has never won a Golden Globe.") == ["not_enough_info"]


def test_a_relation_noun_under_without_is_denied_and_leaves_the_verb_s_count_alone(default_kb):
    def rows(text):
        return sorted((c.slots.get("kind"), c.verdict) for c in claims(text, default_kb))
    # the six belong to the nominations; "without a win" denies a win in the career
    assert rows("Amy Adams has been up for six Academy Awards without a win.") in (
        [("award", "supported"), ("award_count", "supported")],)
    assert ("award", "refuted") not in rows(
        "Amy Adams has been up for six Academy Awards without a win.")
    # a prize named on the noun: that prize denied, at the show the clause names
    assert rows("The Brutalist left the 97th Academy Awards without a win for Best "
                "Supporting Actress.") == [("award", "supported")]
    assert rows("The Brutalist left the 97th Academy Awards without a win for Best "
                "Actor.") == [("award", "refuted")]
    assert rows("Mirela Dancu left the 97th Academy Awards without a win.") in (
        [], [("award", "not_enough_info")])


def test_a_sum_noun_passes_its_relation_noun_to_the_verb(default_kb):
    # "a total of", "a tally of": the nominations are the verb's, the number theirs
    got = counts("The Brutalist picked up a tally of ten Oscar nominations.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(10, "supported")]
    got = counts("The Brutalist picked up a total of nine Oscar nominations.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(9, "refuted")]
    got = counts("Harbour Lights drew a total of nine Oscar nominations.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_number_under_a_preposition_counts_only_out_of_a_pool(default_kb):
    # "won in five of the six categories": five wins (not six); "won at 24": no count
    got = counts("At the 97th Academy Awards, Anora won in five of the six categories it "
                 "contended in.", default_kb)
    assert 6 not in [c.slots["count"] for c in got if c.slots.get("polarity") == "won"]
    assert [c.verdict for c in got] == ["supported"]
    got = counts("At the 97th Academy Awards, Anora won in four of the six categories it "
                 "contended in.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "not 4" in got[0].explanation
    assert counts("Mikey Madison won at 25 for Anora.", default_kb) == []


def test_a_nomination_count_of_one_category_counts_that_category_not_the_career(default_kb):
    # Glenn Close: 8 Oscar nominations, 4 of them for Best Actress (complete record)
    def rows(text):
        return [(c.slots.get("polarity"), c.slots.get("count"), c.verdict)
                for c in claims(text, default_kb)]
    assert rows("Glenn Close was nominated for the Best Actress Oscar four times.") == [
        ("nominated", 4, "supported")]
    assert rows("Glenn Close was up for the Best Supporting Actress Oscar four times.") == [
        ("nominated", 4, "supported")]
    # the career total (8) is not the category's: never supported, wherever "times" hangs
    assert rows("Glenn Close was nominated for the Best Actress Oscar eight times.") == [
        ("nominated", 8, "refuted")]
    # the parser may split "Oscar nominations" and read the prize as won: still nominations
    assert rows("Glenn Close collected four Best Actress Oscar nominations.") == [
        ("nominated", 4, "supported")]
    assert rows("Glenn Close collected three Best Actress Oscar nominations.") == [
        ("nominated", 3, "refuted")]
    # a category under "including" is not what the number counts
    got = rows("Anora earned six Oscar nominations, including Best Picture.")
    assert ("nominated", 6, "supported") in got and all(v == "supported" for *_x, v in got)
    assert [v for *_x, v in rows("Mirela Dancu was nominated for the Best Actress Oscar "
                                 "four times.")] == ["not_enough_info"]


def test_an_n_time_holder_before_a_name_counts_even_when_hung_on_the_name(default_kb):
    # "N-time Oscar winner X": the parser may hang "time" on the name, not on "winner"
    def rows(text):
        return [(c.slots.get("kind"), c.slots.get("count"), c.verdict)
                for c in claims(text, default_kb)]
    assert rows("The remake casts three-time Oscar winner Meryl Streep.") == [
        ("award_count", 3, "supported")]
    assert rows("The remake casts two-time Oscar winner Meryl Streep.") == [
        ("award_count", 2, "refuted")]
    assert rows("The remake casts two-time Oscar winner Ilse Varga.") in (
        [], [("award_count", 2, "not_enough_info")])


def test_an_owner_s_ordinal_past_the_complete_record_is_wrong_whichever_it_was(default_kb):
    # no film or year picks the nomination: an n-th beyond the complete Oscar record refutes
    # (Amy Adams: six nominations, Glenn Close: eight, Cate Blanchett: two wins)
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.slots.get("kind") == "award"]
    assert rows("Glenn Close has now earned her ninth Oscar nomination.") == ["refuted"]
    assert rows("The picture brought Cate Blanchett her third Oscar.") == ["refuted"]
    # an n-th the record reached, with nothing to say which one: left open
    assert rows("The part handed Amy Adams her sixth Oscar nomination.") == ["not_enough_info"]
    # an n-th still to come is no claim of the record
    assert rows("Cate Blanchett is chasing her third Academy Award.") in (
        [], ["not_enough_info"])
    assert rows("Glenn Close could earn her ninth Oscar nomination.") in (
        [], ["not_enough_info"])
    # a person the KB lacks
    assert rows("Dallin Vokes collected his fourth Oscar.") in ([], ["not_enough_info"])


def test_an_n_time_participle_on_a_name_counts_like_the_holder_noun(default_kb):
    # "N-time Oscar-nominated X", "N-time Oscar-winning X": the participle is the holder
    def rows(text):
        return [(c.slots.get("count"), c.verdict) for c in claims(text, default_kb)
                if c.slots.get("kind") == "award_count"]
    assert rows("The six-time Oscar-nominated Amy Adams heads the ensemble.") == [
        (6, "supported")]
    assert rows("The seven-time Oscar-nominated Amy Adams heads the ensemble.") == [
        (7, "refuted")]
    assert rows("The two-time Oscar-winning Cate Blanchett plays a composer.") == [
        (2, "supported")]
    assert rows("The three-time Oscar-winning Cate Blanchett plays a composer.") == [
        (3, "refuted")]
    assert rows("The four-time Oscar-nominated Dallin Vokes heads the ensemble.") in (
        [], [(4, "not_enough_info")])


def test_a_count_up_to_another_event_takes_no_edition_from_the_clause(default_kb):
    # "after N nominations" counts the career up to the win, not the 96th's nominations
    got = counts("Christopher Nolan at last took Best Director at the 96th Academy Awards, "
                 "after eight nominations.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "96th" not in got[0].explanation
    # a count that held then and no longer does: confirmed only, never refuted
    got = counts("Glenn Close went home empty-handed again at the 91st Oscars, following "
                 "seven nominations.", default_kb)
    assert "refuted" not in [c.verdict for c in got]


def test_a_career_count_is_judged_as_of_when_the_piece_was_written(default_kb):
    # the KB holds editions after the piece: a count that held in a year the piece can be from
    # (its date, else from the latest year it names on) is never refuted
    from reelcheck.model import Document

    def rows(text, date=None):
        doc = Document(id="t", text=text, date=date)
        return [(c.slots.get("count"), c.verdict) for c in
                reelcheck.check(doc, kb=default_kb).claims
                if c.slots.get("kind") == "award_count"]
    said = "Lyricist Diane Warren, a 16-time Oscar nominee, lost once more."
    assert rows(said, date="2025-03-03") == [(16, "supported")]
    # within a year, the count before and after its ceremony are both possible
    assert rows(said, date="2026-12-01") == [(16, "supported")]
    assert rows(said, date="2027-06-01") == [(16, "refuted")]
    assert rows("After the 2025 ceremony, Diane Warren, a 16-time Oscar nominee, lost "
                "once more.") == [(16, "not_enough_info")]
    assert rows("Looking back at 2005: two-time Oscar winner Meryl Streep starred.") == [
        (2, "not_enough_info")]
    # a count that never held in those years is still wrong
    assert rows("In 2025, two-time Oscar winner Meryl Streep starred.") == [(2, "refuted")]
    assert rows(said.replace("16", "20"), date="2025-03-03") == [(20, "refuted")]
    # with no date and no year the piece is read as of now
    assert rows(said) == [(16, "refuted")]


def test_a_persons_count_without_a_best_picture_won_as_producer_is_not_refuted(default_kb):
    got = counts("Three-time Oscar winner Frances McDormand narrates the film.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "producer" in got[0].explanation
    assert [c.verdict for c in counts("Frances McDormand has won two Oscars.", default_kb)] == [
        "refuted"]
    assert [c.verdict for c in counts("Frances McDormand has won four Oscars.", default_kb)] == [
        "supported"]


def test_a_count_on_a_noun_that_includes_a_prize_counts_the_whole_set(default_kb):
    # "Anora's five wins included Best Picture": five wins in all, Best Picture one of them
    got = claims("Anora's five Oscar wins included Best Picture.", default_kb)
    assert sorted((c.slots.get("kind"), c.verdict) for c in got) == [
        ("award", "supported"), ("award_count", "supported")]
    got = claims("Anora's three Oscar wins included Best Director.", default_kb)
    assert sorted((c.slots.get("kind"), c.verdict) for c in got) == [
        ("award", "supported"), ("award_count", "refuted")]
    got = claims("Glass Harbor's three Oscar wins included Best Picture.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_counted_prize_held_with_a_verb_counts_the_subjects_wins(default_kb):
    # "finished with three Oscars", "With 11 Oscars, X equaled Y": the prizes the subject holds
    def rows(text):
        return [(c.slots.get("count"), c.verdict) for c in counts(text, default_kb)]
    assert rows("The Brutalist wrapped up the 97th Academy Awards with three Oscars.") == [
        (3, "supported")]
    assert rows("The Brutalist wrapped up the 97th Academy Awards with four Oscars.") == [
        (4, "refuted")]
    assert rows("With 11 Oscar statuettes, Titanic drew level with Ben-Hur.") == [
        (11, "supported")]
    # no show named: the count is not read as the Oscars
    assert rows("With 11 statuettes, Titanic drew level with Ben-Hur.") == [
        (11, "not_enough_info")]
    # not a tally: a part of the night, said for someone else
    assert rows("The evening opened with two awards for Anora.") == []
    assert all(v == "not_enough_info" for _n, v in rows(
        "Glass Harbor wrapped up the night with three Oscars."))


def test_a_bare_count_the_parser_took_for_an_adverb_is_the_prizes(default_kb):
    # "took home just two": the number the parser hung as an adverb is the object
    def rows(text):
        return [(c.slots.get("count"), c.verdict) for c in counts(text, default_kb)
                if c.slots.get("polarity") == "won"]
    assert rows("Emilia Pérez, which had 13 Oscar nominations, took home just two.") == [
        (2, "supported")]
    assert rows("Emilia Pérez, which had 13 Oscar nominations, took home just three.") == [
        (3, "refuted")]
    assert all(v == "not_enough_info" for _n, v in rows(
        "Glass Harbor took home just two at the Oscars."))


def test_an_only_win_with_an_exception_counts_the_exception_too(default_kb):
    # Anora won two BAFTAs at the 78th ceremony (leading actress and casting)
    lead = "Anora had a strong season. Madison won the BAFTA for leading actress, "

    def count_verdicts(tail):
        return [c.verdict for c in reelcheck.check(lead + tail, kb=default_kb).claims
                if c.subject and c.subject.id == "anora-2024-film" and c.category in (
                    "award", "count")]
    # "its only win apart from X": two wins, not one
    assert count_verdicts("the film's only win in London apart from casting.") == ["supported"]
    # the exception may be no prize the KB keeps: a wrong total is left open, never refuted
    assert count_verdicts("the film's only win in London aside from editing and sound.") == [
        "not_enough_info"]
    # with no exception, "its only win" is one, and the KB's two refute it
    assert count_verdicts("the film's only win in London.") == ["refuted"]


def test_a_nomination_noun_under_a_preposition_keeps_its_own_date(default_kb):
    # "On March 2 it collected five Oscars from six nominations": March 2 dates the wins; the
    # nominations (announced in January) are not said to be of that day
    r = reelcheck.check("On March 2, Anora collected five Academy Awards, including Best "
                        "Picture, from six nominations.", kb=default_kb)
    assert r.claims and all(c.verdict == "supported" for c in r.claims)


def test_an_only_noun_restricted_by_a_clause_is_no_count(default_kb):
    # "its only nominee to go home without a statuette": one of its nominees, picked out by
    # the clause, not a count of its nominations (Anora had six at the 97th)
    r = reelcheck.check("Anora won five Oscars at the 97th Academy Awards. Yura Borisov was its "
                        "only nominee to go home without a statuette.", kb=default_kb)
    assert not any(c.verdict == "refuted" for c in r.claims)
    assert not any(c.slots.get("kind") == "award_count" and c.slots.get("count") == 1
                   for c in r.claims)


def test_a_win_verb_whose_object_is_a_measure_states_no_win(default_kb):
    # "earned $34.5 million", "out-earned its budget eight times over": sums, not prizes;
    # no award or count of wins is read (Anora won five Oscars, never eight)
    for text in ("Anora won Best Picture. It out-earned its budget more than eight times over.",
                 "Anora won Best Picture. Before the Oscars, the film had earned $34.5 million "
                 "globally."):
        r = reelcheck.check(text, kb=default_kb)
        assert not any(c.verdict == "refuted" for c in r.claims), text
        assert len([c for c in r.claims if c.category in ("award", "count")]) == 1, text
    # a prize or nomination object is still a win, and so is "a total of" a count
    for text in ("Anora earned six Oscar nominations.", "Anora won a total of five Oscars."):
        assert [c.verdict for c in reelcheck.check(text, kb=default_kb).claims] == [
            "supported"], text


def test_a_bare_count_with_the_list_of_what_it_counts(default_kb):
    # "won three: A, B and C": the number counts the wins the list names (The Brutalist won
    # three Oscars at the 97th)
    def got(n):
        return [(c.slots.get("kind"), c.verdict) for c in reelcheck.check(
            f"The Brutalist earned ten Oscar nominations and won {n}: Best Actor, Best "
            "Cinematography and Best Original Score.", kb=default_kb).claims
            if c.slots.get("kind") == "award_count" and c.slots.get("polarity") == "won"]
    assert got("three") == [("award_count", "supported")]
    assert got("four") == [("award_count", "refuted")]


def test_a_win_said_to_come_on_an_nth_nomination_counts_the_nominations_before_it(default_kb):
    # Gary Oldman: nominated at the 84th, won at the 90th (his second); Leonardo DiCaprio's
    # Best Actor win at the 88th was his sixth nomination overall, his fifth for acting and his
    # fourth for Best Actor -- writers count all three ways
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category in ("award", "record")]
    assert rows("Gary Oldman took the best actor Oscar on his second nomination.") == ["supported"]
    got = [c for c in claims("Gary Oldman took the best actor Oscar on his third nomination.", default_kb)
           if c.category in ("award", "record")]
    assert [c.verdict for c in got] == ["refuted"] and "second" in got[0].explanation
    for n in ("fourth", "fifth", "sixth"):
        assert rows(f"Leonardo DiCaprio finally took the best actor Oscar on his {n} nomination.") == [
            "supported"], n
    assert rows("Leonardo DiCaprio finally took the best actor Oscar on his third nomination.") == [
        "refuted"]
    # a try may count one category's races or the career's: it never refutes
    assert rows("Gary Oldman took the best actor Oscar at his fifth attempt.") == ["not_enough_info"]


def test_a_held_prize_said_to_arrive_takes_the_arrival_s_edition_and_work(default_kb):
    # Renée Zellweger: Best Supporting Actress for Cold Mountain (76th), Best Actress for Judy
    # (92nd); nominated for Chicago (75th), which she did not win
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category == "award"]
    assert rows("Renée Zellweger's second Oscar arrived at the 92nd Academy Awards.") == [
        "supported"]
    assert rows("Renée Zellweger's second Oscar came at the 80th Academy Awards.") == [
        "refuted"]
    assert rows("Renée Zellweger's first Oscar came for Cold Mountain.") == ["supported"]
    got = [c for c in claims("Renée Zellweger's first Oscar came for Chicago.", default_kb)
           if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"] and "won nothing" in got[0].explanation
    # a prize still to come is no statement
    assert rows("Renée Zellweger's third Oscar may come for her next film.") in (
        [], ["not_enough_info"])


def test_a_trailing_nomination_ordinal_after_a_for_clause_is_the_win_s(default_kb):
    # the parser hangs ", on his third nomination" on "portraying"; it is said of the win
    got = [c for c in claims("Gary Oldman won the Oscar for best actor in 2018 for portraying "
                             "Winston Churchill, on his third nomination.", default_kb)
           if c.category == "award"]
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_a_competitive_ordinal_leaves_the_honorary_prizes_out(default_kb):
    # Ennio Morricone: an honorary Oscar (79th), then Best Original Score for The Hateful Eight
    # (88th), his first won in competition
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category == "award"]
    assert rows("Ennio Morricone won his first competitive Oscar for The Hateful Eight.") == [
        "supported"]
    assert rows("Ennio Morricone won his second competitive Oscar for The Hateful Eight.") == [
        "refuted"]
    # counted with the honorary one, the score was his second
    assert rows("Ennio Morricone won his second Oscar for The Hateful Eight.") == ["supported"]


def test_two_films_up_for_one_category_on_one_night_are_two_nominations(default_kb):
    # Roger Deakins was nominated twice for Best Cinematography at the 80th (No Country for
    # Old Men, The Assassination of Jesse James ...): Blade Runner 2049 (90th) was his 14th
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category == "award"]
    assert rows("Roger Deakins finally won the Oscar for best cinematography for Blade Runner "
                "2049, on his 14th nomination.") == ["supported"]
    assert rows("Roger Deakins won the Oscar for best cinematography for Blade Runner 2049 on "
                "his 13th nomination.") == ["refuted"]


def test_a_job_with_an_of_phrase_is_no_category_for_the_passage(default_kb):
    # "director of photography" names a job: a later bare win does not borrow Best Director
    text = ("Emmanuel Lubezki, the Mexican director of photography, won three Oscars.\n\n"
            "Composer Ennio Morricone lost twice before winning for The Hateful Eight.")
    got = [c for c in claims(text, default_kb) if "Hateful" in c.text]
    assert not any("Best Director" in c.explanation for c in got), \
        [(c.text, c.explanation) for c in got]


def test_one_person_up_twice_in_a_category_has_two_nominations(default_kb):
    # Steven Soderbergh was nominated for Best Director twice at the 73rd (Traffic, Erin
    # Brockovich) and for Original Screenplay at the 62nd: three nominations in all
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category in ("award", "count")]
    assert rows("Steven Soderbergh has received three Oscar nominations.") == ["supported"]
    assert rows("Steven Soderbergh received two nominations at the 73rd Academy Awards.") == [
        "supported"]
    assert rows("Steven Soderbergh has received five Oscar nominations.") == ["refuted"]


def test_a_long_careers_count_one_off_is_not_refuted(default_kb):
    # Walt Disney's nominations: sources counting studio and shared credits differ by one
    # from the record's 60; far off is still wrong
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.category in ("award", "count")]
    assert rows("Walt Disney received 59 Oscar nominations.") == ["not_enough_info"]
    assert rows("Walt Disney received 40 Oscar nominations.") == ["refuted"]


def test_n_of_them_counts_the_prizes_a_sentence_before_counted(default_kb):
    # "them" are the 14 nominations of the sentence before; La La Land won six of them
    text = ("La La Land collected 14 nominations at the 89th Academy Awards. It won six of "
            "them.")
    got = [c for c in claims(text, default_kb) if c.text.startswith("It won")]
    assert [c.verdict for c in got] == ["supported"]
    text = ("La La Land collected 14 nominations at the 89th Academy Awards. It won eight of "
            "them.")
    got = [c for c in claims(text, default_kb) if c.text.startswith("It won")]
    assert [c.verdict for c in got] == ["refuted"]


def test_a_count_at_a_numbered_edition_the_record_has_nothing_at_is_refuted(default_kb):
    # Parasite's Oscars came at the 92nd; its record across the show is complete
    got = [c for c in claims("Parasite won four Oscars at the 91st Academy Awards.", default_kb)
           if c.category in ("award", "count")]
    assert [c.verdict for c in got] == ["refuted"] and "92nd" in got[0].explanation
    # a year may be the films' year ("won 11 Oscars in 1997" of Titanic, honoured in 1998)
    got = [c for c in claims("Parasite won four Oscars in 2019.", default_kb)
           if c.category in ("award", "count")]
    assert [c.verdict for c in got] != ["refuted"]


def test_a_count_on_the_verb_is_not_the_count_of_a_prize_noun_beside_it(default_kb):
    # "five times" counts the nominations; "without a win" states no count of five wins
    text = ("Christopher Nolan won best director at the 96th Academy Awards. Nolan had been "
            "nominated five times before without a win.")
    got = [c for c in claims(text, default_kb) if c.slots.get("polarity") == "won"
           and c.slots.get("count") is not None]
    assert all(c.slots["count"] != 5 for c in got), [(c.text, c.slots["count"]) for c in got]
    assert all("not 5" not in c.explanation for c in claims(text, default_kb))


def test_an_nth_prize_with_no_night_holds_when_the_complete_record_reached_it(default_kb):
    # (Emma Stone: two Oscars, at the 89th and the 96th)
    def rows(text):
        return [c.verdict for c in claims(text, default_kb) if c.slots.get("kind") == "award"]
    assert rows("Emma Stone, who won her second Oscar, thanked the crew.") == ["supported"]
    assert rows("Emma Stone, who won her third Oscar, thanked the crew.") == ["refuted"]
    # a part or film that gave it fixes which one is meant: left open
    assert rows("The part handed Emma Stone her second Oscar.") == ["not_enough_info"]
