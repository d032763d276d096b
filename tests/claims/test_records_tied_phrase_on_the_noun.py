""""X ties Y's record of four Oscars in one night": the achievement is read from every phrase
the record noun carries after its "of" phrase, not only from those the parser hangs on the
verb (in the present tense the parser hangs "in one night" on the noun)."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "record"]


def test_the_night_hung_on_the_record_noun(default_kb):
    got = _records("Sean Baker equals Walt Disney's record of four Oscars in one night.",
                   default_kb)
    assert got and all(v == "supported" for v, _ in got), got
