"""A release verb whose object is the relative pronoun of its clause ("Anora, which Le Pacte
released in France on ...") dates the film the clause hangs on. Sentences are written for
these tests."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_the_film_the_clause_hangs_on_is_the_one_released(default_kb):
    got = dates("Anora, which Le Pacte brought to France on October 30, 2024, runs 139 "
                "minutes.", default_kb)
    got = got or dates("Anora, which Le Pacte released in France on October 30, 2024, runs "
                       "139 minutes.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = dates("Anora, which Neon released in Britain on November 8, 2024, is rated R.",
                default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "November 1" in got[0].explanation


def test_an_unknown_film_gets_no_date_verdict(default_kb):
    got = dates("The Glass Orchard, which Neon released on October 25, 2024, is rated R.",
                default_kb)
    assert all(c.verdict != "refuted" for c in got)
