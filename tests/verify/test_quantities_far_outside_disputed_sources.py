"""A runtime the sources disagree on (Anora: 139 minutes per most, 135 per others): a figure
near either stays open, one far outside what every source gives is wrong whichever source is
right. Sentences of our own."""
from __future__ import annotations

import pytest

import reelcheck


def runtime_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "runtime"]


@pytest.mark.parametrize("text, verdict", [
    ("Anora runs 139 minutes.", "supported"),
    ("Anora runs 141 minutes.", "not_enough_info"),       # near both: one cut or another
    ("At 152 minutes, Anora never drags.", "refuted"),
    ("Anora runs 2 hours and 30 minutes.", "refuted"),
    ("Anora clocks in at 120 minutes.", "refuted"),
])
def test_a_figure_no_source_comes_near(text, verdict, default_kb):
    assert runtime_verdicts(text, default_kb) == [verdict]
