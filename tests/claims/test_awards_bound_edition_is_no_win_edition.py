"""An edition named under a preposition that bounds the clause by another event ("before the
97th Academy Awards", "ahead of the 96th Oscars") tells when, not where the win was: it is not
the win's edition, so a win at another show that night is not refuted by that edition's record.
Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text", [
    "Ahead of the 97th Academy Awards, Sean Baker won at the DGA Awards.",
    "Before the 97th Academy Awards, Sean Baker triumphed at the DGA Awards.",
    "Sean Baker triumphed before the 97th Academy Awards at the DGA Awards.",
])
def test_a_win_at_another_show_before_the_named_edition_is_not_refuted_by_it(text, default_kb):
    got = _award(text, default_kb)
    assert got and not any(v == "refuted" for v, _ in got), got
    assert not any("97th Academy Awards" in e for _, e in got), got


def test_a_trip_before_the_ceremony_is_no_win_there(default_kb):
    got = _award("Mikey Madison landed in Los Angeles before the 97th Academy Awards.",
                 default_kb)
    assert not any(v == "supported" for v, _ in got), got


def test_the_edition_the_win_is_at_still_dates_it(default_kb):
    got = _award("Mikey Madison won Best Actress at the 97th Academy Awards before the BAFTAs "
                 "had even been handed out.", default_kb)
    assert got and all(v == "supported" for v, _ in got), got
    got = _award("Mikey Madison won Best Actress at the 96th Academy Awards, before the 97th "
                 "Academy Awards.", default_kb)
    assert got and all(v == "refuted" for v, _ in got), got
