""""won A in 2019 and B in 2020": two prizes, each with its year; and "In 2020, X won A and
B": one year said of prizes of two shows, which dates the film's run rather than each prize.
A year is never taken from the other prize's phrase, and a loose year that fits one of the
shows does not refute the other. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_each_prize_takes_its_own_year(default_kb):
    # the parser reads "in [2019 and Best Picture]": the year is the first phrase's object
    got = awards("Bong Joon Ho's satire Parasite won the Palme d'Or in 2019 and Best Picture "
                 "in 2020.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert [c.slots.get("award") for c in got] == ["palme-d-or",
                                                   "academy-award-for-best-picture"]


def test_a_wrong_year_of_the_second_prize_stays_with_it(default_kb):
    got = awards("Parasite won the Palme d'Or in 2019 and Best Picture in 2022.", default_kb)
    palme = [c for c in got if c.slots.get("award") == "palme-d-or"]
    picture = [c for c in got if c.slots.get("award") == "academy-award-for-best-picture"]
    assert [c.verdict for c in palme] == ["supported"]
    assert picture and all(c.verdict != "supported" for c in picture)


def test_a_gapped_second_object_is_a_prize_with_its_own_year(default_kb):
    # the parser joins "Best Picture" to the verb, as a clause with no verb of its own
    got = awards("Anora won the Palme d'Or in 2024 and Best Picture in 2024.", default_kb)
    picture = [c for c in got if c.slots.get("award") == "academy-award-for-best-picture"]
    assert picture and all(c.verdict != "supported" for c in picture)   # held in 2025


def test_one_year_for_two_shows_refutes_neither(default_kb):
    got = awards("In 2020, Parasite won both the Palme d'Or and the Oscar for Best Picture.",
                 default_kb)
    assert got and not [c for c in got if c.verdict == "refuted"]
    palme = next(c for c in got if c.slots.get("award") == "palme-d-or")
    assert palme.verdict == "not_enough_info" and "72nd" in palme.explanation


def test_a_year_that_fits_neither_show_still_refutes(default_kb):
    got = awards("In 2023, Parasite won both the Palme d'Or and the Oscar for Best Picture.",
                 default_kb)
    assert any(c.verdict == "refuted" and c.slots.get("award") == "palme-d-or" for c in got)
