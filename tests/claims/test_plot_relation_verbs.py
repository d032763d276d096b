"""A tie between two characters told by a verb or by a looser noun than the KB's (claims/cast.py
`_verb_relations`, lexicon `cast.relation_verbs`, `relation_copulas`; verify/plot.py `relation`
with `cast.relation_implies`, `relation_inverses`, `relation_deeds`): "works for" and
"employs" tell who works for whom, which the story's henchman makes true; "becomes his wife"
is told by the story's wedding of the two. A tie to another character is left open, never
refuted. Sentences are written for these tests; in the default KB Igor is Toros's henchman and
Ani and Vanya marry in Las Vegas."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def plot(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot", MAKER_LEAD)]


@pytest.mark.parametrize("text", [
    "Igor works for Toros.",
    "Igor, who works for Toros, keeps his distance from the others.",
    "Toros employs Igor.",
    "Igor is Toros's employee.",
    "Toros is Igor's boss.",
    "Ani becomes Vanya's wife.",
    "Ani is Vanya's wife.",
])
def test_a_tie_the_story_makes_true_is_supported(text, default_kb):
    got = plot(text, default_kb)
    assert "supported" in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Igor works for Ani.",
    "Ani employs Igor.",
    "Ani becomes Igor's wife.",
    "Ani is not Vanya's wife.",
])
def test_a_tie_the_story_does_not_tell_is_left_open(text, default_kb):
    got = plot(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
