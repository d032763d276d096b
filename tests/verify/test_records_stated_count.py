"""An edition's count record given with its count ("Most wins at the 97th Academy Awards:
Anora, with five", "the biggest winner of the 96th Academy Awards, with seven") states that
count too: the holder's prizes (nominations) at the edition must number it. Before, the number
was left unread and the record was supported whatever it said.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _records(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "record"]


@pytest.mark.parametrize("text,want", [
    ("Most wins at the 97th Academy Awards: Anora, with five.", "supported"),
    ("Most wins at the 97th Academy Awards: Anora, with six.", "refuted"),
    ("Most nominations at the 97th Academy Awards: Emilia P\u00e9rez, with 13.", "supported"),
    ("Most nominations at the 97th Academy Awards: Emilia P\u00e9rez, with 12.", "refuted"),
    ("Oppenheimer was the biggest winner of the 96th Academy Awards, with seven.", "supported"),
    ("Oppenheimer was the biggest winner of the 96th Academy Awards, with nine.", "refuted"),
])
def test_a_record_s_stated_count(default_kb, text, want):
    assert _records(text, default_kb) == [want]
