"""A note on one of a person's films does not speak for a clause whose subject is "it", the
passage's other film, though the sentence names the note's film further on ("It was his first
film in the main competition, though Red Rocket played there in 2021" is not the note that Red
Rocket was his first Palme contender). Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def test_a_film_pronoun_keeps_its_own_film(default_kb):
    text = ("Anora is Sean Baker's eighth feature. It was his first film in the main "
            "competition, though Red Rocket played there in 2021.")
    got = [(c.text, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
           if c.text.startswith("It was")]
    assert all(v != "supported" for _t, v in got), got
