"""A place adverb in a story clause ("flies her to Reno and weds her there"): "there" is a
place the clause states, so it binds to the last place-like phrase before it in the sentence
(claims/plot.py `frames`). A KB place it binds to is judged like a place said outright; a
phrase the KB does not place ("at a diner") leaves the claim open. Never a wedding placed
nowhere, supported by the story's wedding elsewhere. Sentences are written for these tests;
the facts are the default KB's (in Anora, Ani and Vanya marry in Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def weddings(text, kb):
    return [(c.text, c.verdict) for c in after_lead(
        text, kb, lambda c: c.category == "plot" and "wed" in c.text)]


@pytest.mark.parametrize("text,verdict", [
    # bound to a place the story's wedding is not in: the KB's wedding place decides it
    ("Ani meets Vanya at the club. He jets her off to Atlantic City and weds her there.",
     "refuted"),
    # bound to the story's wedding place
    ("Ani meets Vanya at the club. He jets her off to Las Vegas and weds her there.",
     "supported"),
    # bound to a phrase that is no place the KB knows: open
    ("Ani meets Vanya at the club. Later she sees him at a diner and weds him there.",
     "not_enough_info"),
])
def test_there_is_the_wedding_place_the_sentence_named(text, verdict, default_kb):
    got = weddings(text, default_kb)
    assert [v for _t, v in got] == [verdict], got
    assert all("there" in t for t, _v in got), got
