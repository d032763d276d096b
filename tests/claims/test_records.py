"""The record family on the parse (claims/records.py): a holder, an ordinal, "only" or a
superlative, the prizes of the achievement, a class and a "since" bound, matched against the
KB's complete record lists; with a category's first winner, a film's MPA rating and the years a
festival gave no prize. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def claims(text, kb, kind):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == kind]


def verdicts(text, kb, kind="record"):
    return [c.verdict for c in claims(text, kb, kind)]


# -- records over a complete list --------------------------------------------------------------
def test_an_ordinal_over_two_prizes_is_checked_against_the_list(default_kb):
    assert verdicts("Parasite went on to become the third film to carry off both the Palme "
                    "d'Or and Best Picture.", default_kb) == ["supported"]
    assert verdicts("Anora was merely the second film to carry off both the Palme d'Or and "
                    "Best Picture.", default_kb) == ["refuted"]


def test_the_prize_may_be_a_festivals_top_prize(default_kb):
    got = claims("At Cannes, The Lost Weekend was the first film to collect both the "
                 "festival's top prize and Best Picture.", default_kb, "record")
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["achievement"] == "palme_and_best_picture"


def test_only_is_refuted_by_a_list_with_other_holders(default_kb):
    got = claims("Marty remains the only film to collect both the Palme d'Or and Best "
                 "Picture.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"]
    assert "Parasite" in got[0].explanation


def test_the_count_and_what_it_was_won_in_pick_the_record(default_kb):
    got = claims("Walt Disney was the first person to collect four Oscars at a single "
                 "ceremony.", default_kb, "record")
    assert [c.slots["achievement"] for c in got] == ["four_oscars_one_night"]
    assert [c.verdict for c in got] == ["supported"]
    got = claims("Sean Baker is the first person to collect four Oscars for a single movie.",
                 default_kb, "record")
    assert [(c.slots["achievement"], c.verdict) for c in got] == [
        ("four_oscars_one_film", "supported")]


def test_the_holders_of_an_only_count(default_kb):
    assert verdicts("Walt Disney and Sean Baker are the only two people to have taken four "
                    "Oscars in one night.", default_kb) == ["supported"]
    assert verdicts("Walt Disney and Sean Baker are the only four people to have taken four "
                    "Oscars in one night.", default_kb) == ["refuted"]


def test_a_since_bound_names_the_previous_holder(default_kb):
    assert verdicts("Anora became the first American film to take the Palme d'Or since The "
                    "Tree of Life.", default_kb) == ["supported"]
    # the film named is not the previous American winner (a wrong "since" is refuted)
    assert verdicts("Anora became the first American film to take the Palme d'Or since Pulp "
                    "Fiction.", default_kb) == ["refuted"]
    assert verdicts("Anora became the first American film to take the Palme d'Or since "
                    "2004.", default_kb) == ["refuted"]


def test_only_other_and_a_bound_before_a_holder(default_kb):
    # "the only other": the holder and exactly one more
    assert verdicts("Walt Disney is the only other person to win four Oscars in one night.",
                    default_kb) == ["supported"]
    # "before X": only the holders who came before X count
    assert verdicts("Before Sean Baker, Walt Disney was the only person to win four Oscars "
                    "in one night.", default_kb) == ["supported"]
    # without the bound the same words are wrong: the KB lists two holders
    assert verdicts("Walt Disney was the only person to win four Oscars in one night.",
                    default_kb) == ["refuted"]
    # a bound the KB cannot place leaves the claim open
    assert verdicts("Until the studio era ended, Walt Disney was the only person to win four "
                    "Oscars in one night.", default_kb) == ["not_enough_info"]


def test_only_is_judged_by_the_time_the_piece_was_written(default_kb):
    # a piece that names no year after 1954 may predate the second holder: left open, and
    # the explanation says until when it held
    got = claims("Walt Disney won four Oscars at the 1954 ceremony. He is the only person "
                 "to win four Oscars in one night.", default_kb, "record")
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Sean Baker (2025)" in got[0].explanation
    # one that names 2026 was written after the 2025 ceremony: the claim is wrong
    assert verdicts("Walt Disney won four Oscars at the 1954 ceremony. In 2026 he is still the "
                    "only person to win four Oscars in one night.", default_kb) == ["refuted"]
    # one that names 2025 alone may be from before that March: left open
    assert verdicts("Walt Disney won four Oscars at the 1954 ceremony. In 2025 he is still the "
                    "only person to win four Oscars in one night.", default_kb) == [
                        "not_enough_info"]


def test_a_since_in_another_clause_is_not_the_records_bound(default_kb):
    got = claims("Anora is the fourth film to collect both the Palme d'Or and Best Picture, a "
                 "streak that has grown slowly since 1955.", default_kb, "record")
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["since_year"] is None


def test_a_superlative_over_a_career(default_kb):
    text = ("Anora opened in October 2024. By spring it had become the highest-grossing film "
            "of Sean Baker's career.")
    assert verdicts(text, default_kb) == ["supported"]


def test_undecidable_records_are_left_open(default_kb):
    # a holder the KB lacks
    r = reelcheck.check("Odile Marchetti became the first director to collect both the Palme "
                        "d'Or and Best Picture.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]
    # a class the KB keeps no attribute for: no list to check
    r = reelcheck.check("Anora is the first screwball comedy to collect the Palme d'Or in a "
                        "decade.", kb=default_kb)
    assert not [c for c in r.claims if c.category == "record" and c.verdict != "not_enough_info"]
    # an "only" bounded by an era the KB cannot date
    got = verdicts("Ever since the studio system collapsed, only Parasite has taken both the "
                   "Palme d'Or and Best Picture.", default_kb)
    assert got and all(v == "not_enough_info" for v in got)
    # a superlative over someone else's career is not the list the KB keeps
    assert verdicts("Anora is the highest-grossing film of Mikey Madison's career.",
                    default_kb) == []


# -- a category's first winner --------------------------------------------------------------------
def test_the_first_winner_of_a_category(default_kb):
    lead = "The Academy handed out its first Oscars in 1929. "
    got = claims(lead + "Emil Jannings was the first Best Actor.", default_kb, "award")
    assert [(c.subject.id, c.verdict) for c in got] == [("emil-jannings", "supported")]
    got = claims(lead + "Bette Davis was the first Best Actress.", default_kb, "award")
    assert [c.verdict for c in got if c.subject.id == "bette-davis"] == ["refuted"]


def test_the_first_winner_named_after_the_copula(default_kb):
    # "the first X winner was Y": the winner is the copula's complement; one claim
    got = reelcheck.check("The first Best Picture winner was Wings.", kb=default_kb).claims
    assert [(c.subject.id, c.verdict) for c in got] == [("wings-1927-film", "supported")]
    # no show named: read as the Oscars, which may confirm, never refute
    got = reelcheck.check("The first Best Actress winner was Bette Davis.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Janet Gaynor" in got[0].explanation
    lead = "The Academy handed out its first Oscars in 1929. "
    got = claims(lead + "The first Best Actress winner was Bette Davis.", default_kb, "award")
    assert [c.verdict for c in got] == ["refuted"]


# -- MPA ratings ------------------------------------------------------------------------------------
def test_a_first_of_another_kind_is_no_first_winner(default_kb):
    # "the first Best Actress nominee" is a first among nominees: no claim that she won the
    # category's first edition, so nothing to refute with that edition's winner
    lead = "The Academy handed out its first Oscars in 1929. "
    got = reelcheck.check(lead + "Lily Gladstone became the first Best Actress nominee.",
                          kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"]
    # "first" after "Best" is a word of the category's name, no ordinal over its winners
    got = reelcheck.check("Anora swept the Oscars in 2025. Nickel Boys was up for Best "
                          "Editing, Best First Feature and Best Director.", kb=default_kb).claims
    assert not [c for c in got if c.slots.get("ceremony") == "7th-academy-awards"]


def test_a_rating_in_its_shapes(default_kb):
    assert verdicts("Anora carries an R rating.", default_kb, "rating") == ["supported"]
    assert verdicts("Anora opened in October 2024. The ratings board rated it NC-17.",
                    default_kb, "rating") == ["refuted"]
    assert verdicts("Anora opened in October. It is an R-rated film.", default_kb,
                    "rating") == ["supported"]


def test_a_rated_title_the_kb_lacks_is_not_the_passages_film(default_kb):
    text = "Anora opened in October 2024. Harbour Lantern, by contrast, is rated PG-13."
    assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.verdict == "refuted"]


# -- years without a festival's prize ---------------------------------------------------------------
def test_years_without_a_palme(default_kb):
    got = claims("Cannes history has gaps: there was no festival in 1948 or 1950.", default_kb,
                 "no_prize")
    assert sorted((c.slots["year"], c.verdict) for c in got) == [
        (1948, "supported"), (1950, "supported")]
    assert verdicts("At Cannes, the 2016 edition was called off.", default_kb,
                    "no_prize") == ["refuted"]
    # the year of another clause is not the cancelled edition's
    got = claims("At Cannes, the festival that Anora won in 2024 was never cancelled.",
                 default_kb, "no_prize")
    assert not [c for c in got if c.verdict == "refuted"]
    # "first" after "Best" is a word of the category's name, no ordinal over its winners
    got = reelcheck.check("Anora swept the Oscars in 2025. Nickel Boys was up for Best "
                          "Editing, Best First Feature and Best Director.", kb=default_kb).claims
    assert not [c for c in got if c.slots.get("ceremony") == "7th-academy-awards"]


# -- a bound said as a clause, a director holding a film's record ------------------------------
def test_a_since_clause_on_the_achievement_is_the_bound_and_a_director_holds_the_films_record(
        default_kb):
    # the record is Anora's; Sean Baker directed it, so it is his as a filmmaker. The "since"
    # clause hangs on the achievement's verb: its film and year are the previous holder's
    ok = claims("Sean Baker became the first American director to carry off the festival's "
                "top prize since Terrence Malick took the Palme with The Tree of Life in 2011.",
                default_kb, "record")
    assert [(c.verdict, c.slots["since_year"]) for c in ok] == [("supported", 2011)]
    assert ok[0].text.startswith("Sean Baker")
    bad = claims("Sean Baker became the first American director to carry off the festival's "
                 "top prize since Steven Soderbergh took the Palme with Sex, Lies, and "
                 "Videotape in 1989.", default_kb, "record")
    assert [c.verdict for c in bad] == ["refuted"] and "2011" in bad[0].explanation
    # a director the KB does not credit with a holder film: nothing to check
    r = reelcheck.check("Odile Marchetti became the first American director to carry off the "
                        "festival's top prize since Terrence Malick took the Palme in 2011.",
                        kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]


def test_a_superlative_written_with_another_word_for_grossing(default_kb):
    text = ("Anora opened in October 2024. Having taken $40 million around the world, it is "
            "now Sean Baker's biggest-grossing picture.")
    got = claims(text, default_kb, "record")
    assert [(c.verdict, c.slots["achievement"]) for c in got] == [
        ("supported", "baker_highest_grossing")]


def test_the_biggest_winner_of_an_edition_is_counted_from_its_winners(default_kb):
    # no kept list: the film's prizes of the edition (its own and those won for it) against
    # every other film's
    got = claims("Oppenheimer walked away as the biggest winner of the 96th Academy Awards.",
                 default_kb, "record")
    assert [(c.verdict, c.slots["ceremony"]) for c in got] == [
        ("supported", "96th-academy-awards")]
    got = claims("Poor Things walked away as the biggest winner of the 96th Academy Awards.",
                 default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "Oppenheimer" in got[0].explanation
    # a film the KB lacks: nothing counted, nothing refuted
    r = reelcheck.check("Harbour Lights walked away as the biggest winner of the 96th Academy "
                        "Awards.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]


# -- the count a record's clause states of its holder ------------------------------------------
def test_a_records_count_is_its_holders_at_least(default_kb):
    # no kept record for six wins: the infinitive's subject is the noun it modifies, and that
    # noun is the holder through the copula; the holder won at least the count
    got = claims("Sean Baker ended up the first filmmaker to take home six Academy Awards for "
                 "a single picture.", default_kb, "award_count")
    assert [(c.slots["subject"], c.verdict) for c in got] == [("sean-baker", "refuted")]
    # a film's record is ranked over the complete record (verify/records.py count_rank); one
    # night's falls back to the count the film reached
    got = claims("Anora became the first movie to collect seven Oscars at the 97th Academy "
                 "Awards.", default_kb, "count_rank")
    assert [c.verdict for c in got] == ["refuted"]
    # a count the holder reached (or passed) leaves a person's record's ordinal open; a
    # film's is ranked: 68 films had won five or more before Anora
    assert verdicts("Sean Baker became the first director to take home two Oscars for one "
                    "picture.", default_kb, "award_count") == ["not_enough_info"]
    assert verdicts("Anora was the first movie to collect five Oscars.", default_kb,
                    "count_rank") == ["refuted"]
    # a holder the KB lacks: a count it cannot decide
    assert verdicts("Jonas Pellwick became the first cutter to take home six Oscars for one "
                    "picture.", default_kb, "award_count") == ["not_enough_info"]
    # a holder the KB lacks, a negated or wished-for record: nothing refuted
    for text in ("Mirela Vostrikova became the first editor to take home six Oscars for one "
                 "picture.", "Sean Baker is not the first filmmaker to take home six Oscars.",
                 "Sean Baker hopes to become the first filmmaker to take home six Oscars."):
        assert "refuted" not in verdicts(text, default_kb, "award_count")


def test_a_kept_record_accounts_for_its_own_count(default_kb):
    text = "Sean Baker became the first filmmaker to take home four Oscars for one picture."
    assert verdicts(text, default_kb) == ["supported"]
    assert verdicts(text, default_kb, "award_count") == []


# -- an achievement carried from an earlier sentence; the holder before another -------------------
def test_a_record_word_over_this_feat_takes_the_achievement_said_before(default_kb):
    lead = "In 2025 Anora completed the pairing of the Palme d'Or with Best Picture. "
    assert verdicts(lead + "It is only the fourth film to have collected both of these "
                    "honours.", default_kb) == ["supported"]
    assert verdicts(lead + "It is only the second film to have collected both of these "
                    "honours.", default_kb) == ["refuted"]


def test_a_record_the_kb_keeps_no_list_of_ends_the_carried_achievement(default_kb):
    # the feat of the middle sentence is not the pairing: nothing to check it against
    text = ("In 2025 Anora completed the pairing of the Palme d'Or with Best Picture. Mikey "
            "Madison became the third actress to take a BAFTA for a debut role. Anora is the "
            "second film to repeat this feat.")
    assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.verdict == "refuted"]


def test_a_carried_achievement_across_paragraphs_is_never_refuted(default_kb):
    text = ("In 2025 Anora completed the pairing of the Palme d'Or with Best Picture.\n\n"
            "A note on budgets follows.\n\n"
            "Anora is the second film to pull off this double.")
    assert verdicts(text, default_kb) in ([], ["not_enough_info"])


def test_the_previous_holder_is_the_one_before_the_holder_named_last(default_kb):
    lead = "At the 2025 ceremony Sean Baker took four Oscars in one night. "
    assert verdicts(lead + "The previous record of four had been set by Walt Disney in 1954.",
                    default_kb) == ["supported"]
    # the holder is right, the year is not the night he did it
    got = claims(lead + "The previous record of four had been set by Walt Disney in 1962.",
                 default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "1954" in got[0].explanation
    # a year in a clause about the holder is not the record's
    assert verdicts(lead + "The previous record was held by Walt Disney, who died in 1966.",
                    default_kb) == ["supported"]
    # a count on the record noun that is not the achievement's: no claim about this record
    assert verdicts(lead + "The previous record of three was held by Walt Disney in 1954.",
                    default_kb) == []


def test_the_previous_film_named_in_the_next_sentence(default_kb):
    lead = ("Parasite paired the Palme d'Or with Best Picture. Before Parasite, you must go "
            "back to 1956 to find the previous picture to manage this feat. ")
    assert verdicts(lead + "That picture was Marty.", default_kb) == ["supported"]
    got = claims(lead + "That picture was The Lost Weekend.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "Marty" in got[0].explanation
    # a title the KB lacks: nothing to check
    r = reelcheck.check(lead + "That picture was Harbour Lantern.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]
    # the year of the clause the previous holder is said in is checked too
    wrong = ("Parasite paired the Palme d'Or with Best Picture. Before Parasite, you must go "
             "back to 1990 to find the previous picture to manage this feat. That picture "
             "was Marty.")
    assert verdicts(wrong, default_kb) == ["refuted"]


def test_the_previous_holder_said_as_the_subject_of_a_copula(default_kb):
    lead = "Parasite paired the Palme d'Or with Best Picture. "
    assert verdicts(lead + "The previous film to do this was Marty.", default_kb) == [
        "supported"]
    assert verdicts(lead + "The previous film to do this was The Lost Weekend.",
                    default_kb) == ["refuted"]


def test_a_carried_feat_is_not_checked_for_a_name_off_its_list(default_kb):
    # the pairing is a film's; whether an actress "did this" is not decided by the list
    text = ("In 2025 Anora completed the pairing of the Palme d'Or with Best Picture. Mikey "
            "Madison is the first actress to repeat this feat.")
    assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.verdict == "refuted"]
    # "this award" is one prize, not the pairing said before
    text = ("In 2025 Anora completed the pairing of the Palme d'Or with Best Picture. Anora "
            "is the second film to win this award.")
    assert verdicts(text, default_kb) == []


# -- a holder named by an identity clause --------------------------------------------------------
def test_a_holder_equated_with_the_noun_of_an_achievement_clause(default_kb):
    assert verdicts("The picture that took both the Palme d'Or and Best Picture was Marty.",
                    default_kb) == ["supported"]
    got = claims("The picture that took both the Palme d'Or and Best Picture was Titanic.",
                 default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "Parasite" in got[0].explanation
    # a title the KB lacks: nothing to check
    r = reelcheck.check("The picture that took both the Palme d'Or and Best Picture was "
                        "Harbour Lantern.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]


def test_an_identity_clause_after_a_question_takes_its_achievement(default_kb):
    text = ("You may wonder whether anyone has taken four Oscars in one night? Here is the "
            "answer: the man who pulled this off was Walt Disney.")
    assert verdicts(text, default_kb) == ["supported"]
    # a carried feat and a name off its list: left open, never refuted
    text = ("You may wonder whether anyone has taken four Oscars in one night? Here is the "
            "answer: the man who pulled this off was Ernest Borgnine.")
    assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.verdict == "refuted"]


def test_an_identity_clause_with_a_year_of_its_own_is_not_a_bare_holder(default_kb):
    # the year belongs to the relative clause: the bare "one of the holders" reading would
    # leave it unchecked, so no such claim is made
    got = claims("The picture that took both the Palme d'Or and Best Picture in 1990 was "
                 "Marty.", default_kb, "record")
    assert not [c for c in got if c.slots.get("relative") == "holder"]


# -- a count of the holders; a question that asserts its clause ----------------------------------
def test_a_count_of_holders_with_no_holder_named(default_kb):
    lead = "Anora took the top prize at Cannes in 2024 and Best Picture in 2025. "
    assert verdicts(lead + "Only four pictures have collected both Cannes' top prize and Best "
                    "Picture.", default_kb) == ["supported"]
    got = claims(lead + "Only two pictures have collected both Cannes' top prize and Best "
                 "Picture.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "Marty" in got[0].explanation
    # three is the count of sources that leave out the Grand Prix of 1946 (the KB's
    # accepted ordinals): it holds now by that count
    assert verdicts("Parasite triumphed in 2019. Only three pictures have collected both "
                    "Cannes' top prize and Best Picture.", default_kb) == ["supported"]
    # a count bounded by a year the sentence gives is a count over part of the list
    assert verdicts(lead + "Only two pictures since 1960 have collected both Cannes' top "
                    "prize and Best Picture.", default_kb) == ["not_enough_info"]


def test_a_did_you_know_question_states_its_clause(default_kb):
    assert verdicts("Did you know that Parasite was the first film to collect both the "
                    "Palme d'Or and Best Picture?", default_kb) == ["refuted"]
    assert verdicts("Did you know that Parasite was the third film to collect both the "
                    "Palme d'Or and Best Picture?", default_kb) == ["supported"]
    # a real question states nothing
    assert verdicts("Was Parasite the first film to collect both the Palme d'Or and Best "
                    "Picture?", default_kb) == []


# -- two prizes won together, counted from the KB's award lists -----------------------------------
def test_a_pair_of_prizes_is_counted_from_the_award_lists(default_kb):
    # no kept record list: the films that won both are read from the complete Palme d'Or and
    # Oscar winners, in the order they completed the pair
    text = ("Marty went on to be the second picture to take both the Palme d'Or and the "
            "Oscar for Best Director.")
    assert verdicts(text, default_kb) == ["supported"]
    got = claims("Parasite went on to be the second picture to take both the Palme d'Or and "
                 "the Oscar for Best Director.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "The Pianist" in got[0].explanation
    # a director's pair for one film is the film's
    got = claims("Sean Baker is the first director to take both the Palme d'Or and the "
                 "Oscar for Best Director for the same film.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"]
    # without "the same film" a person's pair may span two films: not this count
    got = claims("Sean Baker is the first director to take both the Palme d'Or and the "
                 "Oscar for Best Director.", default_kb, "record")
    assert not [c for c in got if c.verdict == "refuted"]
    # a film the KB lacks
    r = reelcheck.check("Harbour Lantern is the first picture to take both the Palme d'Or "
                        "and the Oscar for Best Director.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]
    # a nomination is not a win: no pair to count
    r = reelcheck.check("Titanic is the first picture nominated for both the Palme d'Or and "
                        "the Oscar for Best Director.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]


# -- a bound said as a year or as a span back from the time of writing ---------------------------
def test_a_kept_since_year_and_a_span_back_from_the_writing(default_kb):
    said = ("Yura Borisov has become the first Russian actor to earn an Oscar nomination for "
            "acting since {}.")
    assert verdicts(said.format(1977), default_kb) == ["supported"]
    assert verdicts(said.format(1994), default_kb) == ["refuted"]
    span = ("The ceremony of 2025 was kind to Russia: Yura Borisov became the first Russian "
            "actor to earn an Oscar nomination for acting in {}.")
    assert verdicts(span.format("almost five decades"), default_kb) == ["supported"]
    # a span is an estimate: one that does not fit is left open, never refuted
    assert verdicts(span.format("two decades"), default_kb) == ["not_enough_info"]
    # a nomination word must be said: a win is another record
    assert verdicts("Yura Borisov became the first Russian actor to take an Oscar since "
                    "1977.", default_kb) == []


def test_the_next_holder_after_the_one_named_last(default_kb):
    lead = "Marty paired the Palme d'Or with Best Picture in 1956. "
    assert verdicts(lead + "The next picture to repeat this feat was Parasite.",
                    default_kb) == ["supported"]
    got = claims(lead + "The next picture to repeat this feat was Anora.", default_kb, "record")
    assert [c.verdict for c in got] == ["refuted"] and "Parasite" in got[0].explanation
    # the name the count starts from is never taken for the holder
    r = reelcheck.check("After Marty, the next picture to pair the Palme d'Or with Best "
                        "Picture was Parasite.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"]


def test_a_bound_off_the_records_path_ends_at_the_root():
    # the walk up from a span's preposition stops at the sentence root when the record's head
    # is not above it (it looped for ever there: a root's head is itself)
    import threading
    from reelcheck.claims.records import RecordReader
    from reelcheck.nlp import nlp
    doc = nlp()("The list runs long, and the winners came in over a decade.")
    prep = next(t for t in doc if t.lower_ == "in")
    head = next(t for t in doc if t.lower_ == "list")
    got = []
    worker = threading.Thread(target=lambda: got.append(
        RecordReader._bound_here(prep, head, None)), daemon=True)
    worker.start()
    worker.join(10)
    assert got == [False]


# -- a holder's nth prize ------------------------------------------------------------------------
def test_a_holders_nth_win_counts_the_prizes_up_to_the_one_it_stands_for(default_kb):
    lead = "Adrien Brody took best actor for The Brutalist in 2025. "
    got = claims(lead + "That made it his second Oscar, after The Pianist.", default_kb,
                 "nth_prize")
    assert [(c.slots["n"], c.verdict) for c in got] == [(2, "supported")]
    # a count that does not fit the holder's record over every category is left open (the
    # KB need not hold all of a person's prizes), and so is a holder the KB lacks
    assert verdicts(lead + "It was his fourth win.", default_kb, "nth_prize") == [
        "not_enough_info"]
    assert verdicts("Tobias Venn took best actor for Saltmarsh. It was his second win.",
                    default_kb, "nth_prize") in ([], ["not_enough_info"])


def test_a_kind_of_prize_counts_one_category_the_kb_holds_in_full(default_kb):
    lead = "Billy Wilder won best director for The Apartment, "
    assert verdicts(lead + "his second directing Oscar after The Lost Weekend.", default_kb,
                    "nth_prize") == ["supported"]
    assert verdicts(lead + "his third directing Oscar.", default_kb, "nth_prize") == ["refuted"]
    got = claims(lead + "his second directing Oscar after Some Like It Hot.", default_kb,
                 "nth_prize")
    assert [c.verdict for c in got] == ["refuted"] and "Lost Weekend" in got[0].explanation
    # "his" is the sentence's own winner, not the person named before it
    got = claims("Adrien Brody won best actor for The Pianist. " + lead +
                 "his second directing Oscar.", default_kb, "nth_prize")
    assert [(c.subject.id, c.verdict) for c in got] == [("billy-wilder", "supported")]


def test_a_first_nomination(default_kb):
    lead = "Mikey Madison was nominated for best actress for Anora. "
    assert verdicts(lead + "It was her first nomination.", default_kb, "nth_prize") == [
        "supported"]
    assert verdicts(lead + "It was her third nomination.", default_kb, "nth_prize") == [
        "not_enough_info"]
    # a win was a nomination too
    assert verdicts("Mikey Madison, 25, took best actress for Anora. It was her first "
                    "nomination.", default_kb, "nth_prize") == ["supported"]


def test_an_ordinal_prize_is_one_claim_not_two(default_kb):
    # "her first Oscar" after the win: one count of her prizes, not a second, undecided
    # reading of the same words as a prize of its own
    r = reelcheck.check("Emma Stone won Best Actress for La La Land, her first Oscar.",
                        kb=default_kb)
    on = [c for c in r.claims if "first" in c.text]
    assert [(c.predicate, c.verdict) for c in on] == [("nth_prize", "supported")]


def test_an_n_time_winner_of_the_paragraph_s_prize(default_kb):
    lead = "The Palme d'Or has gone to a few directors twice. "
    got = claims(lead + "Michael Haneke became a two-time winner with Amour in 2012.",
                 default_kb, "nth_prize")
    assert [(c.subject.id, c.verdict) for c in got] == [("michael-haneke", "supported")]
    # the KB holds every Palme d'Or winner: a count that does not fit is refuted
    assert verdicts(lead + "Francis Ford Coppola became a three-time winner in 1979.",
                    default_kb,
                    "nth_prize") == ["refuted"]
    # a prize of its own ("Oscar winner") or another family named beside it: not the Palme
    assert verdicts(lead + "Sean Baker became a two-time Oscar winner in 2025.", default_kb,
                    "nth_prize") == []
    assert verdicts(lead + "At the Oscars, Sean Baker became a two-time winner in 2025.",
                    default_kb, "nth_prize") == []


def test_tying_a_record_makes_one_more_holder(default_kb):
    # "X tied Y's record of <achievement>": X and Y both hold it; the achievement is said in the
    # record noun's phrase, however the parser splits it between the noun and the verb
    got = claims("Sean Baker equalled Walt Disney's record of four Oscars in a single night.",
                 default_kb, "record")
    assert [(c.subject.id, c.verdict) for c in got] == [("sean-baker", "supported"),
                                                         ("walt-disney", "supported")]
    got = claims("Mikey Madison matched Walt Disney's record of four Oscars in one night.",
                 default_kb, "record")
    assert [(c.subject.id, c.verdict) for c in got] == [("mikey-madison", "refuted"),
                                                         ("walt-disney", "supported")]
    # a holder of another kind than the record's says its maker did it: no claim
    assert verdicts("Anora matched the record of four Oscars in one night.", default_kb) == []
    # a name the KB lacks is never refuted
    assert all(c.subject.id != "ilse-varga" for c in claims(
        "Ilse Varga shared Walt Disney's record of four Oscars in one night.", default_kb,
        "record"))
    # a film's feat
    assert verdicts("Parasite equalled the feat of taking both the Palme d'Or and Best "
                    "Picture.", default_kb) == ["supported"]


def test_the_achievement_frame_computes_a_lazy_entry_once_and_reads_like_a_dict():
    from reelcheck.claims.records import _Frame
    calls = []
    f = _Frame({"count": lambda: calls.append(1) or 4, "most": lambda: False}, ids={"x"})
    assert f["ids"] == {"x"} and calls == []          # nothing computed until read
    assert f["count"] == 4 and f["count"] == 4 and calls == [1]   # computed once
    assert f.get("most") is False and f.get("owner") is None and f.get("owner", 7) == 7
    assert dict(f) == {"ids": {"x"}, "count": 4, "most": False}
    import pytest
    with pytest.raises(KeyError):
        f["per"]


def test_a_record_said_as_a_prediction_is_no_claim(default_kb):
    # "could become the second ...": what may happen, neither held nor refuted
    for text in ("Anora could become only the second film to win the Palme d'Or and Best "
                 "Picture.",
                 "Baker might become the second director to win the Palme d'Or and Best "
                 "Picture for the same film."):
        assert not [c for c in reelcheck.check(text, kb=default_kb).claims
                    if c.verdict != "not_enough_info"], text
    # the same said as what happened is checked (the narrative "would" included)
    got = reelcheck.check("Anora became only the second film to win the Palme d'Or and Best "
                          "Picture.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"]
    got = reelcheck.check("Anora would become the third film to win the Palme d'Or and Best "
                          "Picture.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported"]


def test_an_nth_oscar_past_the_holders_complete_record_is_wrong(default_kb):
    # The words name the show ("Oscar"), whose record of the holder is complete; a sourced
    # note that she won that night does not say it was her third.
    lead = "Emma Stone won best actress at the 96th Academy Awards, "
    got = claims(lead + "her third Oscar.", default_kb, "nth_prize")
    assert [c.verdict for c in got] == ["refuted"] and "number 2" in got[0].explanation
    assert verdicts(lead + "her second Oscar.", default_kb, "nth_prize") == ["supported"]
    # an honorary Oscar before: "his first" may count the prizes won in competition
    assert verdicts("Ennio Morricone won best original score for The Hateful Eight at the "
                    "88th Academy Awards, his first Oscar.", default_kb, "nth_prize") == [
        "not_enough_info"]


def test_a_films_nth_oscar_past_its_nights_total_is_wrong(default_kb):
    # the NER may read "eighth" as a number; it is the ordinal's to judge, not an unchecked slot
    def rows(text):
        return [(c.text, c.verdict) for c in claims(text, default_kb, "award")]
    got = rows("Oppenheimer closed the 96th Academy Awards with best picture, its eighth Oscar.")
    assert ("its eighth Oscar", "refuted") in got, got
    assert all(v != "not_enough_info" for t, v in got if "best picture" in t), got
    got = rows("Oppenheimer closed the 96th Academy Awards with best picture, its seventh "
               "Oscar of the night.")
    assert all(v != "refuted" for _, v in got), got
