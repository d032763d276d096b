"""A bare category in a paragraph naming two shows is read at the show that has it: after
"won the Palme d'Or ... then four Oscars", "also won Best Original Screenplay" is the Oscars'
(Cannes has no such prize), not an unknown Cannes prize. Sentences are written for these
tests; the facts are the default KB's (Parasite: Palme d'Or 2019; Best Original Screenplay at
the 92nd Academy Awards)."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = ("Parasite premiered at the 72nd Cannes Film Festival, where it won the Palme d'Or. "
        "It then won four Oscars at the 92nd Academy Awards, including Best Picture. "
        "Bong Joon Ho was 49 when he won the Palme d'Or. ")


@pytest.mark.parametrize("wrong, right", [
    ("Parasite also won Best Adapted Screenplay.", "Parasite also won Best Original Screenplay."),
    ("The film picked up Best Documentary Feature too.",
     "The film picked up Best International Feature Film too."),
])
def test_a_category_the_last_show_lacks_is_the_other_shows(wrong, right, default_kb):
    def said(text):
        return [c.verdict for c in reelcheck.check(LEAD + text, kb=default_kb).claims
                if c.start >= len(LEAD)]
    assert "refuted" in said(wrong), wrong
    got = said(right)
    assert "supported" in got and "refuted" not in got, (right, got)
