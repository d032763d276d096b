"""Coordinated subjects of a credit verb of which only some carry that credit's title ("Baker
and cinematographer Drew Daniels lensed the film"): the title says who holds the credit; the
untitled one made the film with them, which may confirm a credit of their own but never
refutes. Sentences written for these tests; facts from the default KB (Anora was shot by Drew
Daniels; produced by Sean Baker, Samantha Quan and Alex Coco)."""
from __future__ import annotations

import pytest

import reelcheck


def dp(text, kb):
    return [(c.object if isinstance(c.object, str) else c.object.label, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "director_of_photography"]


@pytest.mark.parametrize("text", [
    "Anora is a 2024 film. Baker and cinematographer Drew Daniels lensed the movie on 35mm film.",
    "Anora is a 2024 film. Director Sean Baker and DP Drew Daniels photographed it in Brooklyn.",
])
def test_the_untitled_partner_of_the_titled_dp_is_not_refuted(default_kb, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    assert not [c.text for c in claims if c.verdict == "refuted"]
    assert ("Drew Daniels", "supported") in dp(text, default_kb)


def test_a_titled_wrong_dp_beside_the_director_is_still_refuted(default_kb):
    got = dp("Anora is a 2024 film. Sean Baker and cinematographer Radium Cheung lensed the "
             "movie.", default_kb)
    assert ("Radium Cheung", "refuted") in got
    assert not [v for who, v in got if who == "Sean Baker" and v == "refuted"]


def test_no_title_on_any_subject_keeps_each_credit(default_kb):
    claims = reelcheck.check("Anora is a 2024 film. Alex Coco and Kevin Feige produced the "
                             "film.", default_kb).claims
    assert [c.verdict for c in claims if c.predicate == "producer"] == ["refuted"]
