"""'Dominate' a ceremony is a win there (lexicon relations `win` verbs, as 'sweep'): a film
said to have dominated a night it won nothing at is refuted; the night it won at supports it.
Sentences are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import pytest
import reelcheck

PAIRS = [   # (the wrong ceremony, the right one)
    ("In a stunning upset, Anora dominated the 96th Academy Awards.",
     "In a stunning upset, Anora dominated the 97th Academy Awards."),
    ("Oppenheimer dominated the 95th Academy Awards, as everyone expected.",
     "Oppenheimer dominated the 96th Academy Awards, as everyone expected."),
    ("Parasite went on to dominate the 91st Academy Awards.",
     "Parasite went on to dominate the 92nd Academy Awards."),
]


@pytest.mark.parametrize("wrong, right", PAIRS)
def test_dominating_a_ceremony_is_winning_there(wrong, right, default_kb):
    got = [(c.category, c.verdict) for c in reelcheck.check(wrong, kb=default_kb).claims]
    assert ("award", "refuted") in got, (wrong, got)
    got = [(c.category, c.verdict) for c in reelcheck.check(right, kb=default_kb).claims]
    assert ("award", "supported") in got and all(v != "refuted" for _c, v in got), (right, got)

    # ... and dominating something that is no ceremony is no win
    other = "Anora dominated the conversation at Cannes that year."
    assert all(c.verdict != "refuted" for c in reelcheck.check(other, kb=default_kb).claims)
