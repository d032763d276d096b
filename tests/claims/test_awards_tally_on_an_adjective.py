"""A counted prize under "with" hung on an adjective set on a name ("Sean Baker, 54,
triumphant with four Oscars in one night", "Anora, victorious with five Oscars at the 97th
Academy Awards") is that name's tally, as it is when the phrase hangs on the name itself.
Verbless lines like these had no claim. Default KB facts: Anora five Oscars at the 97th;
Sean Baker four there, 54 that night. Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def counts(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


@pytest.mark.parametrize("text,verdict", [
    ("Sean Baker, 54, triumphant with four Oscars in one night.", "supported"),
    ("Sean Baker, triumphant with five Oscars in one night.", "refuted"),
    ("Anora, victorious with five Oscars at the 97th Academy Awards.", "supported"),
    ("Anora, victorious with two Oscars at the 97th Academy Awards.", "refuted"),
    ("Anora was triumphant with seven Oscars.", "refuted"),
])
def test_a_tally_on_an_adjective_of_the_name(text, verdict, default_kb):
    got = counts(text, default_kb)
    assert [v for v, _t in got] == [verdict], got
