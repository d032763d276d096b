"""A job noun with a word that makes it a lesser or special unit's ("additional
photography", "aerial photography", "an additional editor") is not the film's credit for that
job: it was refuted against the film's director of photography. Sentences are written for
these tests; the facts are the default KB's (Anora shot by Drew Daniels, full credit)."""
from __future__ import annotations

import pytest
import reelcheck


def crew(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


@pytest.mark.parametrize("text", [
    "Some additional photography on Anora was done by Pia Lindqvist.",
    "The underwater photography in Anora is by Pia Lindqvist.",
])
def test_a_lesser_unit_s_job_is_no_refute(text, default_kb):
    got = crew(text, default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]


def test_the_film_s_own_photography_is_still_checked(default_kb):
    got = crew("The photography on Anora is by Pia Lindqvist.", default_kb)
    assert any(c.verdict == "refuted" for c in got), [(c.text, c.verdict) for c in got]
