"""The frame engine for the award family: the parse binds each
qualifier to its own clause, a count is a slot, a name the KB lacks is still a winner, lists
distribute, layouts without a verb state a win, and the lexicon is data a user extends.

Sentences are written for these tests; the facts are the default KB's (96th and 97th Academy
Awards, the Palme d'Or list)."""
from __future__ import annotations

import reelcheck
from award_claims import awards
from reelcheck.claims.lexicon import load_lexicon


def by_text(text, kb):
    return {c.text: c for c in awards(text, kb)}


def test_a_winner_the_kb_lacks_is_refuted_by_the_complete_list(default_kb):
    got = awards("Margaret Hollis won Best Actress at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Emma Stone" in got[0].explanation and "Margaret Hollis" in got[0].explanation


def test_the_true_winner_is_supported_and_a_name_the_kb_lacks_elsewhere_is_left_open(default_kb):
    got = awards("Emma Stone won Best Actress at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # no ceremony and no year: no complete list to hold the name against
    got = awards("Rosalind Okafor won Best Actress for her role in a small drama.", default_kb)
    assert all(c.verdict == "not_enough_info" for c in got)


def test_a_year_in_another_clause_is_not_this_clause_s_year(default_kb):
    text = ("In 2011 The Tree of Life took the Palme d'Or, and its lead actor flew back to "
            "Cannes in 2019 for a different film.")
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["year"] == 2011
    text = "Parasite took the Palme d'Or and later swept the Oscars in February 2020."
    got = awards(text, default_kb)
    assert got and all(c.verdict != "refuted" for c in got)
    palme = [c for c in got if c.slots.get("award") == "palme-d-or"]
    assert palme and palme[0].slots["year"] is None


def test_a_wrong_year_in_the_same_clause_refutes(default_kb):
    got = awards("The Tree of Life won the Palme d'Or in 2013.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "2013" in got[0].explanation


def test_a_count_is_a_slot(default_kb):
    got = awards("Anora won five Oscars at the 97th Academy Awards.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(5, "supported")]
    got = awards("Anora won seven Oscars at the 97th Academy Awards.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got] == [(7, "refuted")]
    # a count of part of a set ("five more") is not the size of the set
    got = awards("Anora has also collected five more awards at the 97th Academy Awards.",
                 default_kb)
    assert not any(c.slots.get("count") == 5 for c in got)


def test_a_count_with_one_award_counts_its_wins(default_kb):
    got = awards("Parasite has taken the Palme d'Or twice.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "once" in got[0].explanation and "twice" in got[0].explanation
    got = awards("Parasite has taken the Palme d'Or once.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_latest_win_after_a_count_is_its_own_slot_not_the_count_s_scope(default_kb):
    # the year and film after "most recently" name the last of the counted wins
    got = awards("Michael Haneke has taken the Palme d'Or twice, most recently for Amour in "
                 "2012.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Michael Haneke has taken the Palme d'Or three times, most recently for Amour "
                 "in 2012.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "twice" in got[0].explanation
    got = awards("Michael Haneke has taken the Palme d'Or twice, the last for The White Ribbon.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "latest" in got[0].explanation and "Amour" in got[0].explanation
    got = awards("Michael Haneke has taken the Palme d'Or twice, most recently in 2015.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "2012" in got[0].explanation
    # "her latest film" is no marker of the latest win
    got = awards("Frances McDormand won Best Actress three times, including for her latest film "
                 "Nomadland in 2021.", default_kb)
    assert [c.verdict for c in got] != ["refuted"]


def test_n_years_later_counts_from_the_paragraph_s_last_year(default_kb):
    lead = "Amour took the Palme d'Or in 2012. "
    # 2012 + 2 and 2012 + 3: Winter Sleep's and Dheepan's years
    got = awards(lead + "Two years later, Winter Sleep won the Palme.", default_kb)
    assert [(c.slots["year"], c.verdict) for c in got[1:]] == [(2014, "supported")]
    got = awards(lead + "Three years later, Dheepan won the Palme.", default_kb)
    assert [(c.slots["year"], c.verdict) for c in got[1:]] == [(2015, "supported")]
    # "a year later" is 2013, not Winter Sleep's year: a reading of the passage, which may
    # not refute
    got = awards(lead + "A year later, Winter Sleep won the Palme.", default_kb)
    assert [(c.slots["year"], c.verdict) for c in got[1:]] == [(2013, "not_enough_info")]
    assert "2012" in got[1].explanation
    # a year the sentence states itself is its own, whatever the shift word says
    got = awards(lead + "Two years later, in 2014, Winter Sleep won the Palme.", default_kb)
    assert [(c.slots["year"], c.verdict) for c in got[1:]] == [(2014, "supported")]
    # "earlier this year", "later that year": the same year, no shift
    got = awards(lead + "Later that year, Amour won the Palme.", default_kb)
    assert [c.verdict for c in got[1:]] == ["supported"] and got[1].slots["year"] != 2013


def test_a_count_in_apposition_to_the_night_is_the_winner_s(default_kb):
    # ", one of six wins" on the ceremony counts the clause's winner's wins that night
    got = awards("Parasite won Best Picture at the 92nd Academy Awards, one of four wins on "
                 "the night.", default_kb)
    assert sorted((c.slots.get("count") or 0, c.verdict) for c in got) == [
        (0, "supported"), (4, "supported")]
    got = awards("Parasite won Best Picture at the 92nd Academy Awards, one of six wins on "
                 "the night.", default_kb)
    assert sorted((c.slots.get("count") or 0, c.verdict) for c in got) == [
        (0, "supported"), (6, "refuted")]


def test_a_bare_prize_after_a_category_read_as_the_oscars_is_theirs_too(default_kb):
    # no show named: "won Best Actress" is read as the Oscars; "won again" and "the award"
    # after it carry that reading on, which may confirm, never refute
    lead = "Frances McDormand won Best Actress for Fargo in 1997. "
    got = awards(lead + "She won again in 2021 for Nomadland.", default_kb)
    assert [c.verdict for c in got[1:]] == ["supported"]
    got = awards(lead + "McDormand took the award again in 2019 for Nomadland.", default_kb)
    assert [c.verdict for c in got[1:]] == ["not_enough_info"]


def test_again_says_an_earlier_win_of_the_prize(default_kb):
    # Parasite won Best Picture once: "again" is not borne out (left open, never refuted)
    got = awards("Parasite won Best Picture again.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"] and "again" in got[0].explanation
    # Daniel Day-Lewis won Best Actor three times: one of them "again"
    got = awards("Daniel Day-Lewis won Best Actor again in 2013.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # "won again" with no prize of its own repeats the verb, not a prize
    got = awards("Parasite won again at the 92nd Academy Awards.", default_kb)
    assert "supported" in [c.verdict for c in got]


def test_one_of_a_group_to_have_won_is_the_copula_s_subject(default_kb):
    # "X is one of the few directors to have won ...": X is who won
    got = awards("Ken Loach is one of the few directors to have won the Palme d'Or twice.",
                 default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("ken-loach", "supported")]
    got = awards("Ken Loach is one of the few directors to have won the Palme d'Or three "
                 "times.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("ken-loach", "refuted")]


def test_lists_distribute_over_their_members(default_kb):
    text = ("At the 97th Academy Awards, Anora won five Oscars, including best picture, "
            "director and actress.")
    got = awards(text, default_kb)
    cats = {c.slots.get("award") for c in got if c.slots["kind"] == "award"}
    assert {"academy-award-for-best-picture", "academy-award-for-best-director",
            "academy-award-for-best-actress"} <= cats
    assert all(c.verdict == "supported" for c in got)


def test_passive_and_went_to(default_kb):
    text = "The Best Director Oscar at the 96th Academy Awards went to Christopher Nolan."
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Director Oscar" in got[0].text and "Nolan" in got[0].text
    got = awards("The Best Director Oscar at the 96th Academy Awards went to Yorgos Lanthimos.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_lost_to_is_one_row_for_both_parties(default_kb):
    # Madison was nominated (true) but Moore did not win (false): one row, refuted, naming both
    got = awards("Mikey Madison lost Best Actress to Demi Moore at the 97th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Demi Moore" in got[0].explanation and "Holds" in got[0].explanation
    assert got[0].text.startswith("Mikey Madison lost")
    got = awards("Demi Moore lost Best Actress to Mikey Madison at the 97th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_beat_is_one_row_naming_both(default_kb):
    got = awards("At the Golden Globes, Demi Moore beat Mikey Madison for Best Actress in a "
                 "comedy.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Demi Moore" in got[0].explanation and "Mikey Madison" in got[0].explanation


def test_a_heading_layout_states_a_win(default_kb):
    text = "The winners, category by category.\n\nBest Director: Christopher Nolan (Oppenheimer)"
    got = awards("At the 96th Academy Awards the Oscars went as follows.\n\n"
                 "Best Director: Christopher Nolan (Oppenheimer)", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["award"] == "academy-award-for-best-director"
    assert text  # the layout needs no verb


def test_predictions_and_denials(default_kb):
    assert awards("Mikey Madison could win Best Actress at the 97th Academy Awards.",
                  default_kb) == []
    got = awards("Emma Stone did not win Best Actress at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_hope_is_no_statement_even_where_the_lemmatizer_slips(default_kb):
    # the tagger's lemma of "hopes" is "hop": the written form still marks the hope
    for text in ("Glenn Close hopes to finally take home an Oscar.",
                 "Amy Adams hopes to win her first Academy Award this year.",
                 "Cate Blanchett hopes to pick up her fifth Oscar."):
        r = reelcheck.check(text, kb=default_kb)
        assert not [c for c in r.claims if c.verdict == "refuted"], text


def test_the_favorite_to_win_is_a_prediction_not_a_win(default_kb):
    # a prediction noun with an infinitive on it ("the favorite to win", "the pick to take")
    # looks to a win; it does not state one, however the parser hangs the infinitive
    for text in ("Emma Stone was the odds-on favorite to win Best Actress at the 96th Academy "
                 "Awards.",
                 "Lily Gladstone was the clear favourite to win Best Actress at the 96th "
                 "Academy Awards.",
                 "Going in, Oppenheimer was every critic's pick to take Best Picture at the "
                 "96th Academy Awards."):
        assert not [c for c in awards(text, default_kb)
                    if c.verdict in ("supported", "refuted")], text
    # the same noun in a clause that tells the outcome still states it
    got = awards("Emma Stone, never the favorite, won Best Actress at the 96th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_number_the_kb_cannot_check_keeps_a_win_open(default_kb):
    got = awards("Emma Stone won an Oscar for Poor Things by 35 votes.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert "35" in got[0].explanation


def test_an_age_is_its_own_claim_not_an_unchecked_part_of_the_win(default_kb):
    r = reelcheck.check("Emma Stone won an Oscar at 35 for Poor Things.", kb=default_kb)
    wins = [c for c in r.claims if c.slots.get("kind") == "award"]
    age = [c for c in r.claims if c.slots.get("kind") == "age"]
    assert [c.verdict for c in wins] == ["supported"]
    assert [(c.slots["age"], c.subject.id) for c in age] == [(35, "emma-stone")]


def test_a_category_without_its_distinguishing_word_is_not_resolved_to_it(default_kb):
    got = awards("At the 96th Academy Awards, Da'Vine Joy Randolph won best screenplay.",
                 default_kb)
    assert all(c.verdict != "supported" for c in got)


def test_a_user_adds_a_cue_in_yaml(default_kb, tmp_path, monkeypatch):
    text = "Emma Stone banked Best Actress at the 96th Academy Awards."
    assert awards(text, default_kb) == []
    extra = tmp_path / "lexicon.yaml"
    extra.write_text("relations:\n  - name: bank\n    family: awards\n"
                     "    predicate: award_received\n    polarity: won\n    verbs: [bank]\n"
                     "    roles: {nsubj: winner, dobj: award}\n")
    monkeypatch.setenv("REELCHECK_LEXICON", str(extra))
    load_lexicon.cache_clear()
    from reelcheck.claims import parse
    parse._gate_words.cache_clear()
    try:
        got = awards(text, default_kb)
        assert [c.verdict for c in got] == ["supported"]
    finally:
        monkeypatch.delenv("REELCHECK_LEXICON")
        load_lexicon.cache_clear()
        parse._gate_words.cache_clear()


def test_a_subject_s_own_age_is_not_the_win_s_slot_but_a_relative_clause_s_is(default_kb):
    got = awards("Mikey Madison, 25, won Best Actress at the 97th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # the age in the relative clause is the win's, and the win states nothing else (no work,
    # no year): it is said for the age, one row with it. The KB has no birth date to check the
    # age by, so the row is open, the win's part named as holding; nothing ignored
    r = reelcheck.check("The list includes Emma Stone, who won an Oscar at 35 years and 80 days.",
                        kb=default_kb)
    assert [c.verdict for c in r.claims] == ["not_enough_info"]
    assert "80 days" in r.claims[0].text and r.claims[0].slots.get("unchecked") in (None, [])
    assert "Holds: Emma Stone won" in r.claims[0].explanation


def test_a_list_of_categories_before_a_category_noun_distributes(default_kb):
    text = ("Anora collected awards in the Best Picture, Best Supporting Actor and Best "
            "Director categories at the 97th Academy Awards.")
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Kieran Culkin" in got[0].explanation   # the member that fails is named
    text = text.replace("Best Supporting Actor", "Best Film Editing")
    assert [c.verdict for c in awards(text, default_kb)] == ["supported"]


def test_a_gapped_object_clause_is_its_own_statement(default_kb):
    # "lost A to X and B to Y": B to Y is a second loss by the same subject
    text = ("At the 97th Academy Awards, Demi Moore lost Best Actress to Mikey Madison and "
            "Best Picture to Anora.")
    got = awards(text, default_kb)
    assert sorted(c.verdict for c in got) == ["refuted", "supported"]
    wrong = next(c for c in got if c.verdict == "refuted")
    assert "Best Picture" in wrong.explanation and "Demi Moore" in wrong.explanation
    # two objects sharing one 'for' are one clause, not a gapped one
    text = ("Sean Baker took both the Palme d'Or and the Best Director Oscar for the same "
            "film at the 97th Academy Awards.")
    assert all(c.verdict != "refuted" for c in awards(text, default_kb))


def test_the_work_a_win_was_for_is_a_slot_even_behind_a_light_noun(default_kb):
    base = "Mikey Madison won Best Actress at the 97th Academy Awards for her performance in "
    assert [c.verdict for c in awards(base + "Anora.", default_kb)] == ["supported"]
    got = awards(base + "The Substance.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "for Anora, not The Substance" in got[0].explanation
    # a prize the Academy lists for several films is not refuted for one of them
    got = awards("Janet Gaynor won Best Actress at the 1st Academy Awards for Sunrise.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_title_before_a_name_is_the_name(default_kb):
    text = ("Reports said that director Sean Baker kept winning, taking Best Director at the "
            "97th Academy Awards.")
    got = awards(text, default_kb)
    assert [(c.slots["subject"], c.verdict) for c in got] == [("sean-baker", "supported")]


def test_a_bare_prize_takes_its_show_from_the_passage_only_when_the_passage_has_one(default_kb):
    sentence = "Zoe Saldaña, who won the supporting actress trophy, thanked her co-stars."
    # a passage about the Oscars alone: the trophy is the Oscar, which the KB decides
    got = awards("The Oscars were handed out on Sunday night.\n\n"
                 "The Oscar ceremony ran long. " + sentence, default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # the article is about another show and this paragraph names both: the trophy may be
    # either, so the Oscar list must not decide it
    got = awards("Emilia Pérez did well at the Critics Choice Awards on Friday.\n\n"
                 "The Critics Choice night came days after the Oscar nominations. " + sentence,
                 default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)


def test_a_relative_clause_s_show_is_not_lent_to_the_main_clause(default_kb):
    text = ("The Golden Globes were handed out in January.\n\n"
            "The Globes also honoured comedy. The best actor prize went to Adrien Brody, who "
            "first broke through in The Pianist, for which he received an Oscar.")
    got = [c for c in awards(text, default_kb) if "best actor prize" in c.text]
    assert got and all(c.slots.get("family") != "academy-awards" for c in got)
    assert all(c.verdict != "supported" or "Academy" not in c.explanation for c in got)


def test_a_gapped_subject_clause_is_its_own_statement(default_kb):
    # "X won A and Y B": the parser makes "Y B" one noun phrase; Y is the second winner
    got = awards("At the 97th Academy Awards, Sean Baker won Best Director and Mikey Madison "
                 "Best Actress for Anora.", default_kb)
    pairs = {(c.slots.get("subject"), c.slots.get("award")): c.verdict for c in got}
    assert pairs.get(("mikey-madison", "academy-award-for-best-actress")) == "supported"
    assert pairs.get(("sean-baker", "academy-award-for-best-director")) == "supported"
    assert ("sean-baker", "academy-award-for-best-actress") not in pairs
    assert "refuted" not in pairs.values()


def test_a_title_beside_a_common_noun_is_the_work_and_the_noun_s_year_is_the_work_s(default_kb):
    # "the 1999 film Boys Don't Cry": the title is what the win was for; 1999 dates the film,
    # 2000 the win; the title parses as a clause, but what hangs on it belongs to the sentence
    got = awards("Hilary Swank won an Oscar for the 1999 film Boys Don't Cry in the year 2000.",
                 default_kb)
    assert [(c.verdict, c.slots.get("year"), c.slots.get("for_work")) for c in got] == [
        ("supported", 2000, "boys-don-t-cry-1999-film")]
    got = awards("Hilary Swank won an Oscar for the 1999 film Boys Don't Cry in the year 2005.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # the age's finer part belongs to the age family, not left unchecked on the win
    got = awards("Grace Kelly won an Oscar at 25 years and 138 days for the 1954 film The "
                 "Country Girl in the year 1955.", default_kb)
    assert [(c.verdict, c.slots.get("unchecked")) for c in got] == [("supported", [])]


def test_a_win_s_stated_day_is_checked_against_the_day_the_prize_was_given(default_kb):
    def one(text):
        got = awards(text, default_kb)
        assert len(got) == 1, [(c.text, c.verdict) for c in got]
        return got[0]
    # Cannes gives its prizes on its closing day (the default KB: 25 May 2024)
    assert one("Anora won the Palme d'Or on May 25, 2024.").verdict == "supported"
    wrong = one("Anora won the Palme d'Or on May 18, 2024.")
    assert wrong.verdict == "refuted" and "May 25, 2024" in wrong.explanation
    # a day off may be a time zone's: open, not supported and not refuted
    assert one("Anora won the Palme d'Or on May 24, 2024.").verdict == "not_enough_info"
    assert one("Emma Stone won the Best Actress Oscar in February 2024.").verdict == "refuted"
    assert one("Emma Stone won the Best Actress Oscar on Monday, March 10, 2024.").verdict \
        == "refuted"   # the ceremony was on a Sunday
    # a nomination's day is the announcement's
    assert one("Mikey Madison was nominated for the Best Actress Oscar on January 23, "
               "2025.").verdict == "supported"


def test_a_date_that_is_not_the_win_s_does_not_decide_it(default_kb):
    # the date dates the premiere (a noun), the festival (a relative clause), the other
    # conjunct, or a named edition (the date family's claim checks that one)
    for text in ("Anora won the Palme d'Or four days after its May 21 premiere.",
                 "Anora won the Palme d'Or at the festival, which opened on May 10, 2024.",
                 "Anora won the Palme d'Or in 2024 and the Best Picture Oscar in March 2025.",
                 "At the 97th Academy Awards on March 9, 2025, Anora won Best Picture."):
        got = awards(text, default_kb)
        assert got and "refuted" not in [c.verdict for c in got], (text, [
            (c.text, c.verdict, c.explanation) for c in got])


def test_counts_said_with_times_or_of_and_careers_across_the_complete_record(default_kb):
    def verdict(text):
        got = [c for c in awards(text, default_kb)]
        assert got, text
        return {c.verdict for c in got}
    # "N times" and "an N-time winner" count the named prize
    assert verdict("Michael Haneke won the Palme d'Or two times.") == {"supported"}
    assert verdict("Michael Haneke won the Palme d'Or three times.") == {"refuted"}
    assert verdict("Frances McDormand is a three-time Best Actress Oscar winner.") == {"supported"}
    assert verdict("Frances McDormand is a four-time Best Actress Oscar winner.") == {"refuted"}
    # "won five of its six nominations": five wins, six nominations, both stated
    assert verdict("Anora won five of its six nominations at the 97th Academy Awards.") == {
        "supported"}
    assert "refuted" in verdict("Anora won four of its six nominations at the 97th Academy "
                                "Awards.")
    # a career count with no ceremony: the person's complete Oscar record decides it; a board's
    # honorary awards may be left out of the count, as writers often do
    assert verdict("Meryl Streep is a 21-time Oscar nominee.") == {"supported"}
    assert verdict("Meryl Streep has won four Oscars.") == {"refuted"}
    assert verdict("Walt Disney won 22 Oscars.") == {"supported"}
    assert verdict("Walt Disney won 26 Oscars.") == {"supported"}
    assert verdict("Walt Disney won 24 Oscars.") == {"refuted"}


def test_a_text_that_names_no_show_reads_a_category_as_the_oscars_but_never_refutes(default_kb):
    got = awards("Chloé Zhao won Best Director for Nomadland in 2021.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots["family_assumed"] is True
    got = awards("Jane Campion won Best Director for The Piano.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Power of the Dog" in got[0].explanation
    # a text that names a show reads it as that show, and may refute
    got = awards("The Oscars came early that year. Jane Campion won Best Director for The "
                 "Piano.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_beating_a_rival_with_no_prize_named_means_one_prize_both_were_up_for(default_kb):
    def one(text):
        got = awards(text, default_kb)
        assert len(got) == 1, [(c.text, c.verdict) for c in got]
        return got[0]
    assert one("Kieran Culkin beat Yura Borisov at the 97th Academy Awards.").verdict == \
        "supported"
    # they won and lost in different categories: no prize joins them
    assert one("Kieran Culkin beat Mikey Madison at the 97th Academy Awards.").verdict == \
        "refuted"
    wrong = one("Demi Moore beat Mikey Madison at the 97th Academy Awards.")
    assert wrong.verdict == "refuted" and "other way round" in wrong.explanation


def test_a_partitive_count_is_wins_out_of_nominations_and_only_before_an_ordinal_is_emphasis(
        default_kb):
    r = reelcheck.check("Anora, which won five of the six Oscars it was up for, is a Neon "
                        "release.", kb=default_kb)
    assert [c.verdict for c in r.claims if c.category == "count"] == ["supported"]
    r = reelcheck.check("Anora won five of its seven nominations at the 97th Academy Awards.",
                        kb=default_kb)
    assert "refuted" in [c.verdict for c in r.claims if c.category == "count"]
    # "only the third film": an ordinal said with emphasis, not "the only film"
    r = reelcheck.check("Anora became only the fourth film to win both the Palme d'Or and "
                        "Best Picture.", kb=default_kb)
    rec = [c for c in r.claims if c.category == "record"]
    assert rec and rec[0].slots["ordinal"] == 4 and not rec[0].slots["only"]
    assert rec[0].verdict == "supported"


def test_a_count_accounts_for_every_number_it_states(default_kb):
    def verdicts(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "count"]
    # "four of Anora's five Oscars": the five are the film's, not a count of Baker's; the
    # film's count is judged with his (one row), so both hold, and a wrong one does not
    assert verdicts("Baker collected four of Anora's five Oscars.") == ["supported"]
    assert verdicts("Baker collected four of Anora's seven Oscars.") == ["refuted"]
    # "for four different films" is a slot of its own: the number of films the wins were for
    assert verdicts("Walt Disney won four Oscars at the 1954 ceremony for four different "
                    "films.") == ["supported"]
    assert verdicts("Walt Disney won four Oscars at the 1954 ceremony for two films.") == [
        "refuted"]
    assert verdicts("Sean Baker won four Oscars for one film.") == ["supported"]
    # a time with no number ("into the night") states nothing to check
    assert verdicts("Anora went into the night with six nominations at the 97th Academy "
                    "Awards.") == ["supported"]


def test_a_film_s_count_for_a_person_holds_if_either_reading_holds(default_kb):
    def verdicts(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "count"]
    assert verdicts("Anora won four Oscars for Sean Baker alone.") == ["supported"]  # his four
    assert verdicts("Anora won five Oscars for Sean Baker.") == ["supported"]   # the film's five
    assert verdicts("Anora won three Oscars for Sean Baker.") == ["refuted"]    # neither


def test_a_director_is_counted_the_country_prize_of_the_film_he_directed(default_kb):
    def verdicts(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "count"]
    # the Academy gives International Feature to a country; its director accepts it
    assert verdicts("Bong Joon Ho won four Oscars at the 92nd Academy Awards.") == ["supported"]
    assert verdicts("Alfonso Cuarón won three Oscars for Roma.") == ["supported"]
    # but a person's count is still not the film's ("Baker won five": the film won five)
    wrong = [c for c in reelcheck.check("Sean Baker won five Oscars at the 97th Academy Awards.",
                                        kb=default_kb).claims if c.category == "count"]
    assert [c.verdict for c in wrong] == ["refuted"] and "won 4" in wrong[0].explanation


def test_a_festival_edition_named_with_the_prize_is_a_slot_the_verdict_accounts_for(default_kb):
    # the edition is named as the festival ("the 76th Cannes Film Festival", "Cannes 2023"),
    # not as a ceremony: it still dates the win, and a wrong one refutes it
    wrong = awards("Anora won the Palme d'Or at the 76th Cannes Film Festival.", default_kb)
    assert [c.verdict for c in wrong] == ["refuted"]
    assert wrong[0].text.endswith("76th Cannes Film Festival")
    assert awards("Anora took the Palme d'Or at the 2023 Cannes Film Festival.",
                  default_kb)[0].verdict == "refuted"
    assert awards("Anora won the Palme d'Or at the 77th Cannes Film Festival.",
                  default_kb)[0].verdict == "supported"
    # the prize not named, the edition is: the family's prizes of that edition only
    top = awards("Anora took the festival's top prize at the 76th edition of Cannes.", default_kb)
    assert top and all(c.verdict != "supported" for c in top)


def test_a_year_that_is_an_award_slot_is_not_also_a_ceremony_date(default_kb):
    r = reelcheck.check("Walt Disney collected four Oscars in a single night in 1938.",
                        kb=default_kb)
    assert [c.verdict for c in r.claims if c.slots.get("kind") == "award_count"] == ["refuted"]
    assert not [c for c in r.claims if c.category == "date"]


def test_the_nominations_a_count_of_wins_came_from_belong_to_the_same_owner(default_kb):
    # "from"/"out of" hang the nominations on the prizes, not on the verb: the owner is the same
    for text in ("Anora went home with five Oscars from seven nominations.",
                 "Anora earned five Oscars out of seven nominations."):
        got = by_text(text, default_kb)
        noms = [c for t, c in got.items() if t.endswith("seven nominations")]
        assert [c.verdict for c in noms] == ["refuted"], text
        assert "not 7" in noms[0].explanation
    got = by_text("Anora left with five Oscars out of six nominations.", default_kb)
    assert got and all(c.verdict == "supported" for c in got.values())


def test_a_rare_cue_verb_the_parser_takes_for_a_noun_is_reread_with_a_common_one(default_kb):
    # the small parser reads "outshone" as a noun and finds no verb; the lexicon's parse_as
    # rereads the sentence with "beat" in its place, and the claim keeps the writer's words
    got = awards("Emma Stone outshone Lily Gladstone at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].text.startswith("Emma Stone outshone")
    got = awards("Lily Gladstone outshone Emma Stone at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    # a word of the table used as a noun, with a verb of its own, is left as it is
    assert awards("The stars of Anora arrived at the 97th Academy Awards.", default_kb) == []


def test_a_list_the_parser_splits_into_several_subjects_is_read_whole(default_kb):
    # the parenthesised films break the list into separate subjects of one verb; every
    # person listed is one of the claim's subjects, not only the first; a person with a film
    # in parentheses is a row of its own, with that film as the work
    got = awards("Mikey Madison (Anora), Demi Moore (The Substance) and Fernanda Torres "
                 "were among the nominees for Best Actress at the 97th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3
    assert [c.slots.get("subject") for c in got] == ["mikey-madison", "demi-moore",
                                                     "fernanda-torres"]
    assert got[1].text == "Demi Moore (The Substance)"


def test_a_common_noun_stands_for_the_name_in_apposition_to_it(default_kb):
    got = awards("The film's lead, Mikey Madison, won Best Actress at the 97th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("The film's lead, Demi Moore, won Best Actress at the 97th Academy Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_count_in_one_night_is_some_editions_count(default_kb):
    # "in one night" names no ceremony: the count holds if one of the person's ceremonies
    # has it, and is refuted only when none reaches it (never against the career total)
    got = by_text("Walt Disney won four Oscars in one night.", default_kb)
    assert [c.verdict for c in got.values()] == ["supported"]
    assert "26th Academy Awards" in next(iter(got.values())).explanation
    got = by_text("Walt Disney won five Oscars at a single ceremony.", default_kb)
    assert [c.verdict for c in got.values()] == ["refuted"], [c.explanation for c in got.values()]
    assert "most was 4" in next(iter(got.values())).explanation


def test_prizes_counted_under_a_nomination_verb_are_nominations(default_kb):
    # "nominated for six Oscars" counts nominations, never wins (Anora: six nominations and
    # five wins at the 97th)
    assert [c.verdict for c in awards("Anora was nominated for six Oscars at the 97th Academy "
                                      "Awards.", default_kb)] == ["supported"]
    assert [c.verdict for c in awards("Anora was nominated for eight Oscars at the 97th "
                                      "Academy Awards.", default_kb)] == ["refuted"]
    # "N of the M categories it was nominated in": wins out of nominations
    got = awards("At the 97th Academy Awards, Anora won five of the six categories it was "
                 "nominated in.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)


def test_a_bare_count_with_only_and_a_win_said_as_one_of_a_set(default_kb):
    lead = "The 97th Academy Awards took place in March. "
    # "won only two": the bare number is the count of prizes, "only" says nothing more
    got = [c for c in reelcheck.check(lead + "Emilia Pérez came in with 13 nominations but "
                                      "won only two.", kb=default_kb).claims
           if c.text.startswith("won only")]
    assert [c.verdict for c in got] == ["supported"]
    got = [c for c in reelcheck.check(lead + "Emilia Pérez came in with 13 nominations but "
                                      "won only four.", kb=default_kb).claims
           if c.text.startswith("won only")]
    assert [c.verdict for c in got] == ["refuted"]
    # "Best Picture, one of its five wins": "one" is membership in the counted set, not a
    # number the win leaves unchecked
    r = reelcheck.check(lead + "Anora took Best Picture, one of its five wins.", kb=default_kb)
    win = [c for c in r.claims if c.slots.get("kind") == "award"]
    assert [c.verdict for c in win] == ["supported"]


def test_a_relative_pronoun_object_stands_for_the_prize_it_follows(default_kb):
    got = awards("The Best Actress Oscar, which Demi Moore won, capped the night.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].text.startswith("Best Actress Oscar")
    got = awards("The Best Actress Oscar, which Mikey Madison won, capped the night.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_win_at_an_edition_whose_winners_are_all_known(default_kb):
    # every category of the 96th ceremony has its winners in the KB: a film that won none of
    # them won nothing there
    # (a show named by a year is the night held then or the one for that year's films: Anora,
    # of 2024, won at the 97th, held in 2025; of 2023, it was at neither night)
    got = awards("Anora swept the 2023 Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "won nothing at the 95th Academy Awards" in got[0].explanation
    assert [c.verdict for c in awards("Anora swept the 2024 Academy Awards.", default_kb)] == [
        "supported"]
    got = awards("Oppenheimer swept the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
# -- a count of none ---------------------------------------------------------------------------
def zero(text, kb):
    return [(c.slots.get("count"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_a_count_of_none_from_an_idiom_or_a_negative_object(default_kb):
    # the KB holds Anora's five Golden Globe nominations at the 82nd and no win
    for text in ("Despite its five nods, Anora went home empty-handed at the Golden Globes.",
                 "At the 82nd Golden Globe Awards, Anora walked away with nothing.",
                 "Anora was shut out at the 82nd Golden Globes.",
                 "Sean Baker's Anora took home no Golden Globes in January 2025."):
        assert (0, "supported") in zero(text, default_kb), text
    # a win the KB holds there says otherwise, complete or not
    assert zero("The Brutalist came away with nothing at the 97th Academy Awards.",
                default_kb) == [(0, "refuted")]
    assert zero("Emilia Pérez took home no Oscars.", default_kb) == [(0, "refuted")]
    # a film the KB lacks, and a show the KB holds no result of for the film: left open
    assert zero("Corvid Weather went home empty-handed at the 82nd Golden Globe Awards.",
                default_kb) == [(0, "not_enough_info")]
    # a win the KB holds from a nomination's result ("lost to Emilia Perez"): refuted
    assert zero("Emilia Pérez left the 82nd Golden Globe Awards empty-handed.",
                default_kb) == [(0, "refuted")]


def test_none_with_an_exception_and_none_from_an_incomplete_record(default_kb):
    # "nothing short of three": a count of three, not of none
    assert zero("The Brutalist took home nothing short of three Oscars.",
                default_kb) == [(3, "supported")]
    assert (0, "refuted") not in zero("The Brutalist won nothing but praise at the 97th "
                                      "Academy Awards.", default_kb)
    # "nothing but praise" is acclaim: no win is stated either (Anora won nothing at the
    # 82nd Golden Globes, so a win read into it would be a false refute)
    assert reelcheck.check("Anora won nothing but praise at the Golden Globes.",
                           kb=default_kb).claims == []
    # the prize excepted is the claim: "nothing but the top prize" says it won that
    got = reelcheck.check("Anora won nothing but the top prize at the 82nd Golden Globes.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"]
    # no win the KB holds is no proof of none where it does not declare the record complete
    assert "supported" not in [v for _n, v in zero(
        "The Brutalist won none of its Golden Globe nominations.", default_kb)]
    assert "supported" not in [c.verdict for c in reelcheck.check(
        "The Brutalist won no award for editing.", kb=default_kb).claims]


def test_no_on_a_relation_noun_is_none_of_it(default_kb):
    assert zero("Emilia Pérez scored no wins at the 97th Academy Awards.",
                default_kb) == [(0, "refuted")]
    assert zero("Anora notched no wins at the 82nd Golden Globes.",
                default_kb) == [(0, "supported")]


def test_categories_listed_after_a_count_are_each_stated(default_kb):
    # "five Oscars: A, B and C": every category listed is a win to check, not only the count
    # (Anora won five Oscars at the 97th, but not Best Cinematography)
    r = reelcheck.check("Anora won five Oscars at the 97th Academy Awards: Best Picture, Best "
                        "Director, Best Actress, Best Original Screenplay and Best "
                        "Cinematography.", kb=default_kb)
    wins = {c.slots.get("award"): c.verdict for c in r.claims if c.slots.get("kind") == "award"}
    assert wins["academy-award-for-best-picture"] == "supported"
    assert wins["academy-award-for-best-cinematography"] == "refuted"
    assert [c.verdict for c in r.claims if c.slots.get("kind") == "award_count"] == ["supported"]
