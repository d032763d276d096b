"""'X premiered at Venice in September': a month alone is a date the festival claim reads. The
KB's premiere in that month supports the claim; another month refutes it (a film premieres at a
festival once, so a month is wrong whatever the year), never unchecked support. Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _premieres(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "premiered_at"]


def test_the_month_of_the_premiere_supports(default_kb):
    got = _premieres("The Brutalist had its first screening at Venice in September.", default_kb)
    got = got or _premieres("The Brutalist premiered at Venice in September.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_another_month_is_refuted(default_kb):
    got = _premieres("The Brutalist premiered at Venice in February.", default_kb)
    assert got and all(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
