"""A part named by "the role of X" is only confirmed (its subject may have written it, the part
may have been recast), and a near miss ("nearly landed the part of Ani") tells nothing: it
says the part went to someone else. Sentences written for these tests; the default KB holds
who plays Ani in Anora."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in October. "


def _cast(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.category == "cast"]


def test_a_taken_part_is_confirmed(default_kb):
    assert [v for v, _ in _cast("Mikey Madison landed the role of Ani.", default_kb)] == [
        "supported"]


def test_a_near_miss_tells_nothing(default_kb):
    for text in ("Mikey Madison nearly landed the role of Ani.",
                 "Demi Moore almost took the role of Ani."):
        assert _cast(text, default_kb) == [], text
