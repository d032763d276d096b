"""A film noun an infinitive restricts ("the first Brazilian movie to win X") names the one
film of a class, which the passage's film may or may not be: read as the passage's film it
may support, never refute (claims/awards/subjects.py). Sentences written for this test, in
the synonym-spun register of content farms, where the parser loses the real subject."""
from __future__ import annotations

import reelcheck


def test_a_class_description_does_not_refute_the_passage_film(default_kb):
    text = ("Sean Baker's Anora won five Oscars on Sunday. Brazil's I'm Nonetheless Right here "
            "grew to become the primary Brazilian movie to win Finest Worldwide Function.")
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in r.claims]


def test_the_bare_film_noun_still_refutes(default_kb):
    r = reelcheck.check("Sean Baker's Anora won five Oscars on Sunday. The film also won Best "
                        "International Feature.", kb=default_kb)
    assert [c.verdict for c in r.claims if "International" in c.text] == ["refuted"]
