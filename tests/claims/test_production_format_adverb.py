"""A format said by an adverb on the shooting verb ("shot digitally") is the format slot, as
"shot on digital" is: it is checked, not ignored beside the credit the clause also states.

Sentences are written for these tests; the facts are the default KB's (Anora: shot on 35mm
film with anamorphic lenses, by Drew Daniels)."""
from __future__ import annotations

import reelcheck


def test_a_format_adverb_is_the_format_slot(default_kb):
    got = [(c.predicate, c.verdict) for c in reelcheck.check(
        "Working with Drew Daniels, Sean Baker shot Anora digitally in New York.",
        kb=default_kb).claims if c.predicate == "filming_format"]
    assert got == [("filming_format", "refuted")]
    # the credit said with it no longer stands alone as a support
    got = [c.verdict for c in reelcheck.check("Anora was lensed digitally by Drew Daniels.",
                                              kb=default_kb).claims]
    assert "supported" not in got
