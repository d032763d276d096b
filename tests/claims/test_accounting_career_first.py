"""A noun naming a person's first work ("her directorial debut") states a record of their
films: a credit alone ("Gerwig's credits include Barbie") does not judge it, so the claim that
holds it in its own words is left open; a claim that only sits beside it (the nomination the
apposition follows) does not carry it. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_debut_the_credit_does_not_judge_leaves_the_credit_open(default_kb):
    got = claims("Greta Gerwig's much-discussed solo directorial debut Barbie arrived in "
                 "2023.", default_kb)
    credit = [c for c in got if c.slots.get("kind") == "filmography"]
    assert credit and all(c.verdict == "not_enough_info" for c in credit)
    assert "debut" in credit[0].explanation


def test_the_apposition_is_not_the_nomination_s_slot(default_kb):
    got = claims("Greta Gerwig was nominated for Best Director for Lady Bird, her solo "
                 "directorial debut.", default_kb)
    award = [c for c in got if c.slots.get("kind") == "award"]
    assert [c.verdict for c in award] == ["supported"]


def test_a_film_s_own_debut_is_its_premiere(default_kb):
    got = claims("Anora made its debut at Cannes in May 2024.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
