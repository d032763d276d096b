"""A film "in theaters since" a day, "playing in US cinemas since" it: a state with a venue
whose start the date gives is the release, like "in UK cinemas from November 1". A state
since a day also holds on every later day, so the day of the release supports and any other
stays open, never refuted. Before, "since" formed no claim. Sentences are written for these
tests; the facts are the default KB's (Anora: US release October 18, 2024)."""
from __future__ import annotations

import pytest

import reelcheck


def _dated(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"
            and c.predicate == "release_date"]


@pytest.mark.parametrize("text", [
    "Neon's Anora has been in theaters since October {}.",
    "After its Cannes win, Anora has been playing in US cinemas since October {}, 2024.",
    "Sean Baker's Anora, which has been running in American theaters since Oct. {}, keeps "
    "adding screens.",
])
def test_the_start_of_the_run_is_the_release(default_kb, text):
    got = _dated(text.format(18), default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    other = _dated(text.format(4), default_kb)
    assert other and all(c.verdict == "not_enough_info" for c in other)
