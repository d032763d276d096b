"""Birth years said in short forms: a year joined by a hyphen to "born" on a noun ("the
1975-born director Sean Baker", "Sean Baker, the 1974-born director of Anora") and the
abbreviation "b." ("Sean Baker (b. 1970)") date the birth of the person the noun names. Such a
year dates the birth only: it is not the year of a win the same clause states, and "b." is no
name the accounting leaves unchecked. Sentences written for this test; the KB has Sean Baker
born 1971-02-26 and Mikey Madison born 1999-03-25, Best Actress at the 97th Oscars (2025)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_year_born_prefix(default_kb):
    got = reelcheck.check("The 1975-born director Sean Baker won four Oscars in one night.",
                          kb=default_kb).claims
    dates = [c for c in got if c.category == "date"]
    assert [c.verdict for c in dates] == ["refuted"]
    assert "1971" in dates[0].explanation and "born" in dates[0].explanation
    assert ("date", "supported") in _claims(
        "The 1971-born director Sean Baker won four Oscars in one night.", default_kb)
    assert ("date", "refuted") in _claims(
        "Sean Baker, the 1974-born director of Anora, won four Oscars.", default_kb)


def test_birth_year_is_not_the_year_of_a_win(default_kb):
    got = _claims("The 1999-born Mikey Madison won the Oscar for Best Actress.", default_kb)
    assert ("award", "supported") in got and ("date", "supported") in got
    assert all(v != "refuted" for _c, v in got)


def test_birth_abbreviation(default_kb):
    assert _claims("Sean Baker (b. 1970) directed Anora.", default_kb)[0] == ("date", "refuted")
    got = _claims("Sean Baker (b. 1971) directed Anora.", default_kb)
    assert got == [("date", "supported"), ("crew", "supported")]
