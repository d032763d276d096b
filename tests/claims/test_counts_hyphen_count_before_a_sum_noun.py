"""A relation noun with its number set before a noun that only sums it ("its 11-nomination
haul", "the film's seven-win tally") is a count of the sum noun's owner, at the night the
sum noun's own phrase names, and is checked like "11 nominations". Sentences written for
these tests; facts from the default KB (the 96th and 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_an_owned_nomination_haul_is_checked(default_kb):
    got = counts("Poor Things's 12-nomination haul at the 96th Academy Awards was second only "
                 "to one film.", default_kb)
    assert [(c.subject.id, c.slots["count"], c.verdict) for c in got] == [
        ("poor-things-2023-film", 12, "refuted")]
    assert "11 nominations" in got[0].explanation


def test_a_right_tally_is_supported(default_kb):
    got = counts("At the 97th Academy Awards, Conclave's eight-nomination tally brought a "
                 "single statuette.", default_kb)
    assert [(c.slots["count"], c.verdict) for c in got if c.slots["count"] == 8] == [
        (8, "supported")]


def test_its_haul_takes_the_clause_subject(default_kb):
    got = counts("At the 96th Academy Awards, Oppenheimer turned its 13-nomination haul into "
                 "seven wins.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    assert any("received 13 nominations" in c.explanation for c in got)
    bad = counts("At the 96th Academy Awards, Oppenheimer turned its 12-nomination haul into "
                 "seven wins.", default_kb)
    assert any(c.verdict == "refuted" and "not 12" in c.explanation for c in bad)
