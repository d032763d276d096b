"""A film a sentence names only as a point of reference ("his second Oscar after Black Panther",
"bigger than Tangerine") is not what a later "the film" in that sentence means: the passage's
film is. Before, "the film" was the reference film, and a true loss of the passage's film was
refuted with the reference film's nominations.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _losses(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.explanation) for c in r.claims if c.slots.get("kind") == "award"
            and "lost" in text[c.start:c.end]]


def test_the_film_after_a_reference_film_is_the_passage_s(default_kb):
    text = ("Oppenheimer dominated the 96th Academy Awards. Oppenheimer took seven prizes.\n\n"
            "Ludwig Goransson won Best Original Score, his second Oscar after Black Panther, "
            "and the film lost Best Adapted Screenplay to American Fiction.\n")
    got = _losses(text, default_kb)
    assert [v for v, _ in got] == ["supported"]
    assert "Oppenheimer" in got[0][1]
