"""'Was nominated for Best Actor for A at the 52nd Academy Awards and for B in 1981': a "for"
phrase coordinated with the first, naming a work of its own, is a clause whose subject and
verb were left out, even where the relation files a nomination's "for" phrases under the
prize. It keeps its own work and year and takes the first part's prize; the first part keeps
neither (claims/frames.py `_remnants`). Before, B's year dated A's nomination at the 52nd and
the clause was refuted. Sentences are written for these tests; the facts are the default KB's
Oscar record."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [(c.text, c.verdict, c.slots.get("for_work"), c.slots.get("year"))
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_each_phrase_keeps_its_own_work_and_year(default_kb):
    got = _awards("Jack Lemmon was nominated for best actor for The China Syndrome at the 52nd "
                  "Academy Awards and for Tribute in 1981.", default_kb)
    assert [v for _, v, _, _ in got] == ["supported", "supported"], got
    assert got[0][2] == "the-china-syndrome-1979-film" and got[0][3] is None, got
    assert got[1][2] == "tribute-1980-film" and got[1][3] == 1981, got


def test_the_second_phrase_takes_the_first_parts_category(default_kb):
    # Streep's nomination for Adaptation was for a supporting part, not for best actress
    got = _awards("Meryl Streep was nominated for best actress for Sophie's Choice at the 55th "
                  "Academy Awards and for Adaptation at the 75th.", default_kb)
    assert got and got[0][1] == "supported", got
    assert [v for t, v, _, _ in got if "Adaptation" in t and "Sophie" not in t] == [
        "refuted"], got


def test_a_second_phrase_with_its_own_category_is_claimed_apart(default_kb):
    got = _awards("Meryl Streep was nominated for best actress for Sophie's Choice in 1983 and "
                  "for best supporting actress for Adaptation in 2003.", default_kb)
    assert [v for _, v, _, _ in got] == ["supported", "supported"], got
