"""'At the March 10 ceremony, X was named Best Picture': the day the sentence gives the night is
checked against the ceremony's own date in the KB. The day it was held supports the win with
it; another day is never supported over. Sentences are written for these tests; the facts are
the default KB's."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_the_day_the_ceremony_was_held_supports_the_win(default_kb):
    got = _wins("At the March 10 ceremony, Oppenheimer was named Best Picture.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_another_day_is_not_supported_over(default_kb):
    got = _wins("At the March 11 ceremony, Oppenheimer was named Best Picture.", default_kb)
    assert got and not any(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
