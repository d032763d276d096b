"""A correction note names the common error it sets right ("the mansion used is in Mill Basin
(some pieces say Sheepshead Bay)"); its `errors` qualifier marks that entity, and a clause
naming it is no longer supported by the note.

Sentences are written for these tests; the notes are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Anora opened in American cinemas in October 2024. "


def places(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.category == "location" and c.start >= len(LEAD)]


def test_the_error_a_correction_note_names_is_not_supported_by_it(default_kb):
    # the KB's note says the mansion is in Mill Basin and that some pieces say Sheepshead Bay:
    # the wrong neighbourhood is no longer confirmed by that note (filming places are open)
    got = places("The mansion used in the film sits in Sheepshead Bay.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    r = reelcheck.check("Sean Baker shot The Florida Project on iPhones.", kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "supported" and "iPhone" in c.text]
    # (what the note says itself it still supports)
    r = reelcheck.check("Sean Baker shot Tangerine on iPhones.", kb=default_kb)
    assert [c.verdict for c in r.claims if "iPhone" in c.text] and all(
        c.verdict == "supported" for c in r.claims if "iPhone" in c.text)
