"""A verb that states a crew credit only with "by" ("shot by X": "X shot Anora in Brooklyn"
says where it was made) states it actively when its subject carries that credit's title ("DP
X shot Anora", "Anora's cinematographer, X, filmed it"). Sentences written for these tests;
facts from the default KB (Anora was shot by Drew Daniels)."""
from __future__ import annotations

import pytest

import reelcheck


def crew(text, kb):
    return [(c.predicate, c.slots.get("subject"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


@pytest.mark.parametrize("text", [
    "DP Roger Deakins shot Anora on 35mm.",
    "Cinematographer Roger Deakins filmed Anora.",
    "Anora's cinematographer, Roger Deakins, shot it in Brooklyn.",
])
def test_a_titled_subject_of_another_dp_is_refuted(default_kb, text):
    assert [v for pred, _s, v in crew(text, default_kb)
            if pred == "director_of_photography"] == ["refuted"]


def test_the_film_s_own_dp_is_supported(default_kb):
    assert [(p_, v) for p_, _s, v in crew(
        "Cinematographer Drew Daniels shot Anora in Brooklyn.", default_kb)] == [
        ("director_of_photography", "supported")]


@pytest.mark.parametrize("text", [
    "Sean Baker shot Anora in Brooklyn.",
    "Producer Alex Coco shot Anora in Brooklyn.",   # another title: where it was made
])
def test_an_untitled_or_otherwise_titled_subject_states_no_dp_credit(default_kb, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in claims if c.predicate == "director_of_photography"]
    assert not [c for c in claims if c.verdict == "refuted"]
