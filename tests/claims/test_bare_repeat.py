"""A bare repeat ("..., as did X", "..., and so did X", "X did too"; lexicon
`qualifiers.pro_verbs.repeat`, claims/frames.py `_bare_repeat`): after a clause that says no
more than its subject and its prize, the elided deed is that whole clause, so the second
subject's claim is the prize's own, and the KB may support or refute it. Sentences written
for reelcheck's tests."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts_for(text, focus, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if focus.lower() in c.text.lower()]


@pytest.mark.parametrize("text, focus", [
    ("Titanic won Best Picture, as did The Return of the King.", "Return of the King"),
    ("Parasite won the Palme d'Or, as did Titane.", "Titane"),
    ("Frances McDormand won Best Actress, and so did Emma Stone.", "Emma Stone"),
    ("Green Book won Best Picture, and so did Parasite.", "Parasite"),
])
def test_a_true_bare_repeat_is_supported(default_kb, text, focus):
    got = verdicts_for(text, focus, default_kb)
    assert got == ["supported"], got


@pytest.mark.parametrize("text, focus", [
    ("Parasite won the Palme d'Or, and so did Roma.", "Roma"),
    ("Green Book won Best Picture at the Oscars, as did Roma.", "Roma"),
])
def test_a_false_bare_repeat_is_refuted(default_kb, text, focus):
    got = verdicts_for(text, focus, default_kb)
    assert got == ["refuted"], got


@pytest.mark.parametrize("text, focus", [
    # a count, a year or a film in the first clause is a slot the repeat would not judge
    ("Parasite won four Oscars, as did Titanic.", "Titanic"),
    ("Green Book won Best Picture in 2019, as did Parasite.", "Parasite"),
    ("Emma Stone won Best Actress for La La Land, and so did Olivia Colman.", "Colman"),
])
def test_a_repeat_of_a_clause_with_more_slots_is_not_supported(default_kb, text, focus):
    got = verdicts_for(text, focus, default_kb)
    assert "supported" not in got and "refuted" not in got, got
