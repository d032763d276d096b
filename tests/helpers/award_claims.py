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


def all_verdicts(text, kb):
    """The verdict of every claim `check()` makes of `text`, in order."""
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


def award_verdicts(text, kb):
    """The verdicts of the claims in the award category, in order."""
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def check_row(got: list, want: str) -> None:
    """A battery row's verdicts: the one wanted is among them, and a true sentence is refuted
    by none of its claims."""
    assert want in got, got
    if want == "supported":
        assert "refuted" not in got, got


def record_verdicts(text, kb):
    """The verdicts of the claims in the record category, in order."""
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def award_rows(text, kb):
    """(words, verdict) of each claim in the award category, in order."""
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]
