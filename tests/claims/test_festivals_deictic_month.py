"""A premiere's month said in the writer's own year ("this May", "last May") states the month
alone: it is checked against the KB's premiere day like a bare month, never left unread.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def festival(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


def test_the_right_month_of_the_writers_year_supports(default_kb):
    for text in ("Anora premiered this May at Cannes.",
                 "Sean Baker's film Anora premiered at Cannes last May."):
        got = festival(text, default_kb)
        assert [c.verdict for c in got] == ["supported"], (text, [
            (c.text, c.explanation) for c in got])


def test_another_month_refutes(default_kb):
    got = festival("Anora premiered this September at Cannes.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "May 21, 2024" in got[0].explanation
