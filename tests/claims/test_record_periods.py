"""A record said over a period the KB keeps no list by ("this century", "of the 1950s", "in
the 21st century") is left open naming the period: neither its rank nor its count is checked
against the whole list. Sentences written for these tests; facts from the default KB."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def test_a_rank_over_a_century_is_not_ranked_over_the_whole_list(default_kb):
    # true (Parasite, then Anora, since 2000) but the whole list counts Anora fourth
    got = _records("Anora follows Parasite as only the second film this century to win both "
                   "the Palme d'Or and Best Picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation) for c in got]
    assert "this century" in got[0].explanation
    # ... and its mutant is not confirmed by the whole list either
    got = _records("Anora is the fourth film of the 21st century to win both the Palme d'Or "
                   "and Best Picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_an_only_over_a_decade_is_left_open(default_kb):
    got = _records("Marty was the only film of the 1950s to win both the Palme d'Or and Best "
                   "Picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_sourced_note_does_not_speak_for_the_period(default_kb):
    got = _records("Sean Baker became the first person this century to take four Oscars in "
                   "a single night.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.verdict, c.explanation) for c in got]


def test_a_class_the_list_is_not_kept_by_is_left_open(default_kb):
    # the list of Palme-and-Best-Picture films has no genres: "comedy" is not checked
    got = _records("Anora is only the second comedy to win both the Palme d'Or and Best "
                   "Picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "comedy" in got[0].explanation
    got = _records("Marty was the first black-and-white film to win both the Palme d'Or and "
                   "Best Picture.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # a plain holder noun is the whole list, as before
    assert [c.verdict for c in _records("Anora is the fourth feature to win both the Palme "
                                        "d'Or and Best Picture.", default_kb)] == ["supported"]


def test_an_age_rank_over_a_century_is_not_ranked_over_every_winner(default_kb):
    # true of this century's winners, while Marlee Matlin (1987) was younger
    got = [c for c in reelcheck.check("Jennifer Lawrence became the youngest Best Actress Oscar "
                                      "winner this century.", kb=default_kb).claims
           if c.verdict == "refuted"]
    assert got == [], [(c.text, c.explanation) for c in got]
    # Tandy won in 1990: the rank of the whole list is not what is said
    got = [c for c in reelcheck.check("Jessica Tandy, the oldest Best Actress winner this "
                                      "century, won for Driving Miss Daisy.",
                                      kb=default_kb).claims if c.verdict == "supported"]
    assert got == [], [(c.text, c.explanation) for c in got]


def test_a_condition_on_the_achievement_is_left_open(default_kb):
    # true: Parasite's director is Korean, Anora's American, Marty's American
    got = _records("Anora is the first film since Marty to win both the Palme d'Or and Best "
                   "Picture with an American director.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "American director" in got[0].explanation
    # a condition that names a film the KB knows is what the record reads
    assert [c.verdict for c in _records("Sean Baker became the second person to win four "
                                        "Oscars in one night, with Anora.", default_kb)] \
        == ["supported"]


def test_a_class_of_categories_under_without_denies_no_named_prize(default_kb):
    # Parasite had no acting nominations; that denies nothing of the Palme it won
    got = reelcheck.check("Parasite took the Palme d'Or without a single acting nomination.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = reelcheck.check("Parasite is the first film to win both the Palme d'Or and Best "
                          "Picture without a single acting nomination.", kb=default_kb).claims
    assert got and not [c for c in got if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in got]


def test_the_year_a_record_was_set_is_a_slot(default_kb):
    assert [c.verdict for c in _records("In 1956, Marty became the second film to win both "
                                        "the Palme d'Or and Best Picture.", default_kb)] \
        == ["supported"]
    got = _records("Walt Disney was the first person to win four Oscars in one night, in "
                   "1964.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"] and "1954" in got[0].explanation
    got = _records("Parasite became the third film to win both the Palme d'Or and Best "
                   "Picture in 2022.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
