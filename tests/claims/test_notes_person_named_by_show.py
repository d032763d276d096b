"""A KB note about a person speaks only when the sentence names or means that person: a show
or prize the sentence names ("Oscars") is no one's deed, so "he" meaning someone unknown does
not take a note on another person. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def test_a_note_on_another_person_is_not_read_through_the_show_name(default_kb):
    text = ('"The Godfather Part II" (1974) made Coppola the first director to win best picture '
            'for a sequel. He won three Oscars that night.')
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.predicate == "statement"]
    assert all(c.verdict != "supported" for c in got)
