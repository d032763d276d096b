"""The KB's sourced notes as evidence for a clause: a note about a person is said only of
that person, never of someone a pronoun means instead. Sentences are written for these tests;
the notes are the default KB's."""
from __future__ import annotations

import reelcheck


def test_a_pronoun_for_someone_else_does_not_stand_for_the_notes_person(default_kb):
    # the KB's note: Baker wrote Anora for Mikey Madison. "him" (Yura Borisov here, and a man)
    # cannot be her
    text = ("Anora, winner of five Oscars, is a wonderful film, and Madison is superb in it."
            "\n\nYura Borisov was allegedly the first choice for Igor, and Baker supposedly "
            "wrote the part for him after seeing him at Cannes in 2021.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if "wrote" in c.text]
    assert [c.verdict for c in got if c.verdict == "supported"] == [], \
        [(c.text, c.explanation) for c in got]
