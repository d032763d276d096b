"""A phrasal verb is another deed than its bare verb: "gives her ring back" is a return, which
a note telling only "gives her a ring" does not speak for (claims/note_conflicts.py
`_contrary_deed`; the parser may hang the particle on the object, or read "back" as an adverb).
A note that tells the return ("gives back her wedding ring") still does. Sentences written for
these tests; in the KB's notes Vanya gives Ani a diamond ring and, at the end, Igor gives back
her wedding ring."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


def gift_supported(text, kb):
    return any("give" in t for t in supported_texts(plot_readings(text, kb)))


@pytest.mark.parametrize("true,mutant", [
    ("Twist ending: Igor gives Ani her ring back.",
     "Twist ending: Vanya gives Ani her ring back."),
    ("Vanya gives Ani a diamond ring after the wedding.",
     "In a last twist, Vanya gives the ring back to Ani."),
])
def test_a_return_is_not_the_notes_gift(true, mutant, default_kb):
    assert gift_supported(true, default_kb), plot_readings(true, default_kb)
    assert not gift_supported(mutant, default_kb), plot_readings(mutant, default_kb)
