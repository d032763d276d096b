"""A ceremony the clause names, measured against another show named bare ("the 97th Academy
Awards were held two weeks after the BAFTAs"), is measured against that show's ceremony of the
same awards season: its one edition held within a hundred days of the named one
(verify/event_days.py `_same_season`). A festival (Cannes in May) is of no season of prizes and
is never picked so. Sentences are written for these tests; the facts are the default KB's (the
82nd Golden Globe Awards on January 5, 2025, the 78th BAFTAs on February 16, the 31st SAG
Awards on February 23, the 97th Academy Awards on March 2)."""
from __future__ import annotations

import pytest

import reelcheck


def gaps(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "interval"]


@pytest.mark.parametrize("text, verdict", [
    ("The 97th Academy Awards were held two weeks after the BAFTAs.", "supported"),
    ("The 97th Academy Awards took place a week after the SAG Awards, as planned.", "supported"),
    ("The 97th Academy Awards were held two weeks after the Golden Globes.", "refuted"),
    ("The 97th Academy Awards were held about eight weeks after the Golden Globes.",
     "supported"),
    ("The 78th BAFTA Film Awards were held two weeks before the Oscars.", "supported"),
])
def test_a_gap_to_a_show_of_the_same_season(text, verdict, default_kb):
    got = gaps(text, default_kb)
    assert [c.verdict for c in got] == [verdict], text
    assert "2025" in got[0].explanation


def test_a_festival_is_of_no_season(default_kb):
    # the 97th Academy Awards came ten months after Cannes 2024; Cannes 2025 came after them
    got = gaps("The 97th Academy Awards came ten months after Cannes.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
