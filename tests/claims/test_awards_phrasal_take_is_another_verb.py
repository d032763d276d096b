"""A particle that makes a win cue another verb -- "took on editing duties", "took over the
directing job" -- reads no win (lexicon qualifiers `other_phrasal_verbs`, claims/frames.py
_match_cue): taking on a job is no prize, even where the job's word names a category. "Took
home" and a bare "took" stay wins. Sentences written for these tests; the facts are the
default KB's Anora."""
from __future__ import annotations

import pytest

import reelcheck


def wins(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text", [
    "Anora is a comedy. Sean Baker took on editing duties.",
    "Anora is a comedy. Sean Baker also took on editing duties.",
])
def test_taking_on_a_job_is_no_win(default_kb, text):
    assert wins(text, default_kb) == []


@pytest.mark.parametrize("text, said", [
    ("Sean Baker took home four Oscars.", "Sean Baker took home four Oscars"),
    ("Anora took the Palme d'Or.", "Anora took the Palme d'Or"),
])
def test_take_home_and_a_bare_take_stay_wins(default_kb, text, said):
    assert wins(text, default_kb) == [(said, "supported")]
