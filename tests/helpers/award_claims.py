"""The award claims of a sentence, as the award tests read them (one `check()` each)."""
from __future__ import annotations

import reelcheck

AWARD_KINDS = ("award", "award_count")


def awards(text, kb):
    """The award and award-count claims `check()` makes of `text` against `kb`, in order."""
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") in AWARD_KINDS]


def verdicts(text, kb):
    return [c.verdict for c in awards(text, kb)]
