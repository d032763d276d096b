""""X won A, then N B": the parser sets "then N B" in apposition to A (or to the object of a
preposition on the verb), so the count was read as a count of A at B's show ("won 0 awards at
the 97th, not 5"). A noun after the object with a sequence word (lexicon sequence_words) is a
second object whose verb was left out, as in "..., and then N B".

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.explanation) for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_sequenced_count_after_the_object_is_its_own(default_kb):
    got = _counts("Parasite took the Palme d'Or, then four Oscars at the 92nd Academy Awards.",
                  default_kb)
    assert [v for v, _ in got] == ["supported"]
    got = _counts("Parasite took the Palme d'Or, then six Oscars at the 92nd Academy Awards.",
                  default_kb)
    assert [v for v, _ in got] == ["refuted"]
    assert "Parasite won 4" in got[0][1]


def test_after_the_object_of_a_preposition_on_the_verb(default_kb):
    text = ("Bong Joon Ho's film took the Palme d'Or under jury president Alejandro Gonzalez "
            "Inarritu, then four Oscars at the 92nd Academy Awards.")
    got = _counts(text, default_kb)
    assert got and all(v == "supported" for v, _ in got)
