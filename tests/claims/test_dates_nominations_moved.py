"""A show's nominations as the subject of a verb that moves an event (lexicon
`dates.reschedule`): the day they were moved to is the day they were announced, which the KB
holds (nominations_announced). They may have been moved more than once, so that day supports
and another is left open; the day they were moved from is a plan the KB does not hold."""
from __future__ import annotations

import reelcheck


def announced(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "nominations_announced"]


def test_the_day_moved_to_supports(default_kb):
    assert announced("Because of the fires, the 97th Academy Awards nominations were "
                     "delayed until January 23.", default_kb) == ["supported"]
    assert announced("The Oscar nominations got bumped to January 23, 2025, after the "
                     "fires.", default_kb) == ["supported"]


def test_another_day_is_left_open(default_kb):
    assert announced("Because of the fires, the 97th Academy Awards nominations were "
                     "delayed until January 27.", default_kb) == ["not_enough_info"]
    # ... and the day they were moved from is no announcement
    assert announced("The 97th Academy Awards nominations were moved from January 17.",
                     default_kb) == []
