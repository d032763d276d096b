"""A season recap lists several shows in one sentence: each show is a slot of its own claim,
bound to its own category and winner, never left out of a claim that another show supports.

- a category said once before a list of shows ("Best Director at the DGA, the Globes and the
  Oscars") is each show's own form of it, the first show's too;
- a show added to a category ("Best Picture at the Oscars, along with the BAFTA for Best
  Film") is a prize of its own, and the category stays the show the clause places it at;
- a second prize placed at its own show ("... and Best Screenplay at the BAFTAs") is a win of
  its own;
- a count of none over a list of shows ("shut out at the Globes and the BAFTAs") is a count at
  each; a count above none over a list is not refuted from one show alone (it may be the sum);
- "X won A and Y won B", the second subject parsed into the first clause's object, is two wins.

Sentences are written for these tests; the facts are the default KB's (precursors of Anora's
season, the Oscar record)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


def _verdicts(text, kb):
    return [c.verdict for c in _claims(text, kb)]


def test_a_category_said_once_before_a_list_of_shows_is_each_shows(default_kb):
    # Baker won Best Director at the Oscars and at the Spirit Awards, but lost the BAFTA and
    # the Critics Choice prize (both complete for Anora's wins that night)
    got = _claims("It was a good night for Sean Baker, who collected Best Director at the "
                  "Oscars and the Spirit Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], [(c.text, c.explanation) for c in got]
    assert any("Independent Spirit Award for Best Director" in c.explanation for c in got)
    for show in ("BAFTAs", "Critics Choice Awards"):
        got = _claims(f"Sean Baker won Best Director at the Oscars and the {show}.", default_kb)
        assert [c.verdict for c in got] == ["supported", "refuted"], (show, [
            (c.text, c.explanation) for c in got])
    # ... but not a show the parser hung on the verb after another clause's words: the BAFTA
    # and the Globe are Corbet's, the part after "and to", no shows of Baker's win
    got = _claims("Best Director went to Sean Baker at the Oscars and to Brady Corbet at the "
                  "BAFTAs and the Golden Globes.", default_kb)
    assert "refuted" not in [c.verdict for c in got], [(c.text, c.explanation) for c in got]


def test_a_list_of_shows_in_a_headline_or_after_a_plural_prize_noun(default_kb):
    # a headline in Title Case ("At The Oscars And The Golden Globes"): Anora was up for the
    # Globes' Musical or Comedy picture prize only, which went to Emilia Pérez
    got = _claims("Anora Wins Best Picture At The Oscars And The Golden Globes", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], [(c.text, c.explanation) for c in got]
    # "the supporting actor prizes" is the category, no prize of the list left unread
    got = _claims("Kieran Culkin swept the supporting actor prizes at the Globes, BAFTAs, SAG "
                  "Awards and Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 4, [(c.text, c.explanation) for c in got]
    # ... and a possessor of the next prize ("the SAG Awards' ensemble prize") is no show of
    # the list
    got = _claims("Conclave, which won Best Film at the BAFTAs and the SAG Awards' ensemble "
                  "prize, lost Best Picture to Anora.", default_kb)
    assert not any(c.text == "SAG Awards" for c in got), [(c.text, c.explanation) for c in got]


def test_each_listed_show_reads_the_category_as_it_names_it(default_kb):
    # the guild's "Outstanding Directorial Achievement" is its Best Director, the first show
    # of the list included; the Globe went to Brady Corbet
    got = _claims("Sean Baker took Best Director at the DGA, the Golden Globes and the Oscars.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted", "supported"], [
        (c.text, c.explanation) for c in got]
    assert "DGA Award" in got[0].explanation
    # the SAG Awards' Outstanding Female Actor in a Leading Role went to Demi Moore
    got = _claims("Mikey Madison won Best Actress at the BAFTAs, the SAG Awards and the Oscars.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted", "supported"]
    assert "Demi Moore" in got[1].explanation


def test_a_top_prize_over_a_list_of_shows_is_each_shows_top_prize(default_kb):
    got = _claims("Anora picked up the top prize at the DGA, the PGA and the Spirit Awards "
                  "before its Oscar night.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3, [(c.text, c.explanation) for c in got]
    got = _claims("Anora picked up the top prize at the DGA, the PGA and the Gotham Awards "
                  "before its Oscar night.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported", "refuted"]
    assert "Gotham Award for Best Feature" in got[2].explanation


def test_a_show_added_to_a_category_is_a_prize_of_its_own(default_kb):
    got = _claims("Anora won Best Picture at the Oscars, along with the BAFTA for Best Film.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], [(c.text, c.explanation) for c in got]
    assert "Academy Award for Best Picture" in got[0].explanation
    assert "Conclave" in got[1].explanation
    got = _claims("Anora won Best Picture at the 2025 Oscars, along with the Critics Choice "
                  "Award and the PGA Award.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3, [(c.text, c.explanation) for c in got]
    assert "Academy Award for Best Picture" in got[0].explanation


def test_a_second_prize_placed_at_a_show_of_its_own(default_kb):
    got = _claims("Sean Baker won Best Director at the Spirit Awards and Best Original "
                  "Screenplay at the Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"], [(c.text, c.explanation) for c in got]
    got = _claims("Sean Baker won Best Director at the Spirit Awards and Best Original "
                  "Screenplay at the BAFTAs.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    assert "Jesse Eisenberg" in got[1].explanation
    # "Best Picture", which the NER reads as a name, is a category all the same
    got = _claims("Conclave won Best Film at the BAFTAs and Best Picture at the Oscars.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]
    got = _claims("Anora won the Palme d'Or at Cannes and Best Film at the BAFTAs.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]


def test_none_at_each_show_of_a_list(default_kb):
    assert _verdicts("Anora was shut out at the Golden Globes and the SAG Awards.",
                     default_kb) == ["supported"]
    got = _claims("Anora was shut out at the Golden Globes and the BAFTAs.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "78th British Academy Film Awards" in got[0].explanation
    got = _claims("Anora went home empty-handed from the Golden Globes and the Spirit Awards.",
                  default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], [(c.text, c.explanation) for c in got]


def test_a_count_over_a_list_of_shows_may_be_their_sum(default_kb):
    # two at the BAFTAs and one at the Critics Choice Awards: three in all, so no refute from
    # the BAFTAs' two alone; and no support from them either
    got = [c for c in _claims("Anora won three awards at the BAFTAs and the Critics Choice "
                              "Awards.", default_kb) if c.category == "count"]
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation) for c in got]
    got = [c for c in _claims("Anora won two awards at the BAFTAs and the Critics Choice "
                              "Awards.", default_kb) if c.category == "count"]
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_second_subject_parsed_into_the_first_clauses_object(default_kb):
    got = _claims("At the 2025 BAFTAs, Conclave won Best Film and Demi Moore won Leading "
                  "Actress.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"], [(c.text, c.explanation) for c in got]
    assert got[1].subject is not None and got[1].subject.id == "demi-moore"
    assert _verdicts("At the 2025 BAFTAs, Conclave won Best Film and Mikey Madison won Leading "
                     "Actress.", default_kb) == ["supported", "supported"]
