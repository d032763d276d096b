"""What a character is said to be ("Igor, a henchman for the Zakharov family", "the Armenian
priest Toros", "Jimmy, the club's manager") is a claim of its own when no other claim reads
those words (claims/descriptions.py character_description_claims): it holds when the KB's
description of the character gives that role with every word the phrase says, and is left open
otherwise, never refuted. Sentences are written for these tests; the KB describes Igor as a
henchman working for the Zakharov family, Toros as Vanya's godfather and an Armenian priest,
Jimmy as the club's manager."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def _roles(text, kb):
    return [(c.verdict, c.text) for c in after_lead(
        text, kb, lambda c: c.slots.get("kind") == "character_role", MAKER_LEAD)]


@pytest.mark.parametrize("text, said", [
    ("Igor, a henchman for the Zakharov family, guards Ani.", "a henchman for the Zakharov family"),
    ("The Armenian priest Toros arrives at the mansion.", "The Armenian priest"),
    ("Vincent Radwinsky plays Jimmy, the club's manager.", "the club's manager"),
    ("Toros (Karren Karagulian), Vanya's godfather and an Armenian priest, arrives.",
     "an Armenian priest"),
])
def test_a_role_the_kb_gives_is_supported(default_kb, text, said):
    got = _roles(text, default_kb)
    assert ("supported", said) in got, got
    assert all(v != "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Igor, a henchman for Ani, guards her.",
    "The Greek priest Toros arrives at the mansion.",
    "Vincent Radwinsky plays Jimmy, the club's owner.",
    "Mark Eydelshteyn plays Vanya, the son of an Armenian oligarch.",
    "Toros (Karren Karagulian), Ani's godfather and an Armenian priest, arrives.",
])
def test_a_role_the_kb_does_not_give_is_left_open(default_kb, text):
    got = _roles(text, default_kb)
    assert any(v == "not_enough_info" for v, _t in got), got
    assert all(v != "refuted" for v, _t in got), got
