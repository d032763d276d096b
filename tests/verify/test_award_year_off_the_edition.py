"""A clause that names an edition and holds a year that is neither that edition's nor its
films' ("nominated for Best Actor at the 44th Academy Awards and for X in 1989", the year the
second phrase's): the edition and the year disagree, so the award claim is decided by neither.
It is not refuted as if the category were wrong ("his nominations there were: Best Actor; not
Best Actor"), nor supported with the year ignored (verify/wins.py `_year_off_the_edition`).
Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_a_nomination_held_there_with_a_year_of_another_phrase_is_not_refuted(default_kb):
    # ("Missing" is no title the KB links: the second phrase is no clause of its own)
    got = _award("Jack Lemmon was nominated for best actor for The China Syndrome at the "
                 "52nd Academy Awards and for Missing in 1983.", default_kb)
    assert got and got[0][0] == "not_enough_info", got
    assert "1980" in got[0][1], got


def test_a_win_held_there_with_a_clashing_year_is_not_supported(default_kb):
    got = _award("Maggie Smith won best actress at the 42nd Academy Awards in 1979.",
                 default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got


def test_a_category_she_was_not_up_for_that_night_is_still_refuted(default_kb):
    got = _award("Maggie Smith was nominated for best supporting actress at the 42nd Academy "
                 "Awards in 1970.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
