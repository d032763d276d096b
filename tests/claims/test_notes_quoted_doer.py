"""A story note that names a character only inside the words someone speaks in it does not
tell that character's deed: the note's people are those outside the quotation. Sentences are
written for these tests; the facts are the default KB's (Anora's ending note: Igor drives Ani
home and gives back her ring, with a line of his that names Toros)."""
from __future__ import annotations

import reelcheck


def plot(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "plot"]


def test_a_character_named_only_in_the_notes_quotation_is_not_its_doer(default_kb):
    for text in ("Sean Baker's Anora ends quietly. On the last morning, Toros drives Ani home "
                 "through the snow.",
                 "Sean Baker's Anora ends quietly. In the final minutes Toros drives Ani home "
                 "and hands back her wedding ring."):
        got = plot(text, default_kb)
        assert all(c.verdict != "supported" for c in got), \
            (text, [(c.text, c.explanation) for c in got])


def test_the_notes_own_doer_is_still_supported(default_kb):
    got = plot("Sean Baker's Anora ends quietly. On the last morning, Igor drives Ani home "
               "through the snow.", default_kb)
    assert any(c.verdict == "supported" for c in got), [(c.text, c.verdict) for c in got]
