"""The age claims of a text, as the age tests read them (one `check()` each)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    """The age claims `check()` makes of `text` against `kb`, in order."""
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "age"]


def one(text, kb):
    """The one age claim of `text` (the test fails, listing them, when there are more or none)."""
    got = ages(text, kb)
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]
