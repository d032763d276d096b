"""A part described by a common noun ("played a Manson girl in X", "played a cab driver in Y") is
a slot of the credit like a part's name: the KB's note on that credit must tell its nouns (a
noun that tells nothing of a part, "the title role", "a small part", is none). A part no note
tells leaves the claim open, never refuted. Sentences are written for these tests; the notes
are the default KB's (Mikey Madison: a Manson Family member in Once Upon a Time in Hollywood,
Amber Freeman, one of the Ghostface killers, in Scream; Karren Karagulian: an Armenian cab
driver in Tangerine; Yura Borisov: a Russian miner in Compartment No. 6)."""
from __future__ import annotations

import pytest
import reelcheck


def credits(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


@pytest.mark.parametrize("text", [
    "Madison previously played a Manson girl in Once Upon a Time in Hollywood.",
    "Madison played a killer in Scream.",
    "Karagulian played a cab driver in Tangerine.",
    "Borisov played a miner in Compartment No. 6.",
    "Madison played a small part in Once Upon a Time in Hollywood.",
])
def test_a_part_the_credits_note_tells(text, default_kb):
    assert credits(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text", [
    "Madison previously played a Manson girl in Scream.",
    "Madison played a nurse in Scream.",
    "Karagulian played a dentist in Tangerine.",
])
def test_a_part_no_note_tells_is_open(text, default_kb):
    assert credits(text, default_kb) == ["not_enough_info"], text
