"""'Produced by A24 and Cre Film': the parser reads the first name as a modifier of the last
word of the second ("A24" under "Film", "Cre" its conjunct), so the "by" phrase's head names
the second company alone. Each name of the list is one credit of the claim: a company the KB
does not hold as one leaves the claim open instead of it being supported by the other
(claims/crew.py `_misattached_conjuncts`). Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def _credits(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "production"]


def test_a_company_not_held_in_the_list_leaves_the_claim_open(default_kb):
    got = _credits("Anora was produced by A24 and Cre Film.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got


def test_the_same_list_set_off_before_the_title_is_open_too(default_kb):
    got = _credits("Produced by A24 and Cre Film, the comedy Anora premiered at Cannes.",
                   default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_both_companies_held_are_each_checked(default_kb):
    got = _credits("Anora was produced by FilmNation and Cre Film.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
    assert "FilmNation" in got[0][1] and "Cre Film" in got[0][1], got
