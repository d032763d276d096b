"""The award claims of a sentence, as the award tests read them (one `check()` each)."""
from __future__ import annotations

import reelcheck

AWARD_KINDS = ("award", "award_count")


def awards(text, kb):
    """The award and award-count claims `check()` makes of `text` against `kb`, in order."""
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") in AWARD_KINDS]


def only_award(text, kb):
    """The one award claim `check()` makes of `text` (asserting there is exactly one)."""
    got = awards(text, kb)
    assert len(got) == 1, [(c.text, c.verdict, c.explanation) for c in got]
    return got[0]


def verdicts(text, kb):
    return [c.verdict for c in awards(text, kb)]


def readings(text, kb, categories=("award",)):
    """(verdict, explanation) of each claim `check()` makes of `text` in `categories`, in
    order."""
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in categories]
