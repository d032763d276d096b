"""A person's whole Oscar record decides a category whose nominations name the people they
honour (the writers of a screenplay prize, an editor, a cinematographer), as it decides the
acting and directing ones: "X won Best Adapted Screenplay" of a writer who won the Original one
is refuted. Not the show's top prize, which is loosely said to be its director's, and not a
prize given to a country. Sentences are written for these tests; the facts are the default
KB's Oscar record."""
from __future__ import annotations

import pytest

import reelcheck


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


@pytest.mark.parametrize("text, want", [
    ("Parasite was directed by Bong Joon Ho, who won Best Adapted Screenplay at the Oscars.",
     "refuted"),
    ("Parasite was directed by Bong Joon Ho, who won Best Original Screenplay at the Oscars.",
     "supported"),
    ("At the Oscars, Christopher Nolan won Best Film Editing.", "refuted"),
])
def test_a_person_s_complete_record_decides_a_named_credit_category(default_kb, text, want):
    got = _verdicts(text, default_kb)
    assert [v for v, _ in got] == [want], got


def test_the_top_prize_is_not_decided_by_the_person_s_record(default_kb):
    # The King's Speech's best picture went to its producers, not to Hooper; a director is loosely
    # said to win the film's best picture, so his own record refutes nothing
    got = _verdicts("At the Oscars, Tom Hooper won Best Picture.", default_kb)
    assert all(v != "refuted" for v, _ in got), got
