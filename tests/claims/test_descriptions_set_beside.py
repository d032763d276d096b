"""A credit description set off beside a name ("Jane Roe, the Scream star, ...") is said of
that name, not of the person the passage was about before it. Sentences are written for these
tests; facts are the default KB's (Jessie Buckley starred in Hamnet, which Chloé Zhao directed;
Kieran Culkin is not among Hamnet's credits)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "notable_work"]


def test_the_description_beside_a_name_is_that_persons(default_kb):
    got = credits("Zhao picked up the directing prize for Nomadland years ago. Jessie "
                  "Buckley, the Hamnet star, spoke next.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("jessie-buckley", "supported")], \
        [(c.text, c.subject, c.explanation) for c in got]
    assert got[0].text == "the Hamnet star"


def test_a_wrong_credit_beside_a_name_is_not_lent_to_the_passage(default_kb):
    got = credits("Chloé Zhao picked up the directing prize for Nomadland years ago. Kieran "
                  "Culkin, the Hamnet star, spoke next.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.subject, c.verdict, c.explanation) for c in got]
