"""An actor noun set beside a name is that person: "the actor who plays Igor, Jane Roe, is ..."
(the parser hangs the name on the part, the relative clause's object) and "the actress, Jane
Roe, plays ..." pair the name with the part, firmly, not the actor the passage is about
(claims/cast.py `_named_actor`). Sentences written for these tests; the players are the
default KB's Anora cast."""
from __future__ import annotations

import pytest

import reelcheck


def cast(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


@pytest.mark.parametrize("text, verdict", [
    ("Anora is a comedy. The actor who plays Igor, Yura Borisov, is Russian.", "supported"),
    ("Anora is a comedy. The actor who plays Igor, Karren Karagulian, is Russian.", "refuted"),
    ("The actress who plays Ani, Ella Rubin, is new to the screen.", "refuted"),
])
def test_the_name_beside_an_actor_noun_plays_the_part(default_kb, text, verdict):
    assert [v for _, v in cast(text, default_kb)] == [verdict]


def test_an_actor_noun_alone_still_stands_for_the_passage_s_actor(default_kb):
    assert cast("Mikey Madison is great. The actress plays Ani with fire.", default_kb) == [
        ("anora-mikheeva", "supported")]
