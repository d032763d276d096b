"""The credit claims of a sentence, as the filmography tests read them (one `check()` each)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    """(subject id, work id, verdict) of each `notable_work` claim `check()` makes of `text`."""
    return [(c.slots.get("subject"), c.slots.get("work"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "notable_work"]


def played_parts(text, kb):
    """(character id, actor, verdict) of each `played_by` claim `check()` makes of `text`."""
    return [(c.subject.id, c.slots.get("actor"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "played_by"]


def crew_claims(text, kb):
    """The claims in the crew category `check()` makes of `text`, in order."""
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


def filmography_claims(text, kb):
    """The claims in the filmography category `check()` makes of `text`, in order."""
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]
