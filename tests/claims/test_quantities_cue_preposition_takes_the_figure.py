"""A quantity cue that ends in a preposition ("make for", "shoot for", "make on") states its
relation only with the figure under that preposition: "was made for $6 million" is a budget,
"made $20 million for Neon" is what the film took in (the verb alone's figure), never a budget
to refute. Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _money(text, kb):
    return [(c.verdict, c.predicate) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("budget", "box_office")]


@pytest.mark.parametrize("text", [
    "Anora made $20 million for Neon on its domestic run by March 16, 2025.",
    "By March 16, 2025, the comedy Anora had made $20 million for its US distributor.",
])
def test_a_figure_on_the_verb_before_the_preposition_is_no_budget(text, default_kb):
    got = _money(text, default_kb)
    assert got and all(p == "box_office" and v != "refuted" for v, p in got), got


@pytest.mark.parametrize("text,verdict", [
    ("Anora was made on a lean $6 million.", "supported"),
    ("Anora was shot on just $6 million.", "supported"),
    ("Anora was made on roughly $25 million.", "refuted"),
    ("Anora was made for $6 million.", "supported"),
])
def test_the_figure_under_the_preposition_is_the_budget(text, verdict, default_kb):
    got = _money(text, default_kb)
    assert got and all(p == "budget" and v == verdict for v, p in got), got
