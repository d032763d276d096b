"""A show "set for", "slated for" or "scheduled for" a day (with no adverb of a first plan) is
held that day, or will be: the day of the ceremony, which it can support and, since plans
move, never refute (lexicon `dates.events`, `support_only`). "Initially slated for" stays the
first plan. Sentences written for this test; KB: the 98th Academy Awards were held on
2026-03-15, the 82nd Golden Globes on 2025-01-05; the 30th Critics Choice Awards were first
planned for 2025-01-12."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_a_show_set_for_a_day(default_kb):
    assert _dates("The 98th Academy Awards, hosted again by Conan O'Brien, are set for "
                  "March 15, 2026.", default_kb) == [("ceremony_date", "supported")]
    assert _dates("The Golden Globes were scheduled for January 5, 2025, at the Beverly "
                  "Hilton.", default_kb) == [("ceremony_date", "supported")]
    # another day: a plan that may have moved, not refuted
    assert _dates("The 98th Academy Awards are slated for March 22, 2026.", default_kb) == [
        ("ceremony_date", "not_enough_info")]
    # the first plan, with its adverb, is still the planned day
    assert _dates("The Critics Choice Awards were originally scheduled for January 19, 2025.",
                  default_kb) == [("planned_date", "refuted")]
