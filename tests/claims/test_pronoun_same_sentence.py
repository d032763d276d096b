"""A "he"/"she" after a clause whose subject is a named person of that gender, in the same
sentence, is that person ("Yura Borisov plays Igor; he is known for ..."), not the person the
sentences before were about. Sentences are written for these tests; the facts are the default
KB's (Karren Karagulian appeared in Tangerine; Sean Baker directed Red Rocket; Yura Borisov
appeared in Compartment No. 6)."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def claims(text, kb, category):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and c.category == category]


@pytest.mark.parametrize("text, who", [
    ("Karren Karagulian plays Toros, and he previously appeared in Tangerine.",
     "karren-karagulian"),
    ("Yura Borisov plays Igor; he is known for Compartment No. 6.", "yura-borisov"),
    ("Mikey Madison plays Ani, and she appeared in Scream.", "mikey-madison"),
])
def test_the_pronoun_is_the_named_subject_before_it(text, who, default_kb):
    got = claims(text, default_kb, "filmography")
    assert [(c.subject.id, c.verdict) for c in got] == [(who, "supported")], text


def test_another_persons_credit_does_not_support_it(default_kb):
    got = claims("Yura Borisov plays Igor; he directed Red Rocket.", default_kb, "crew")
    assert "supported" not in [c.verdict for c in got]
