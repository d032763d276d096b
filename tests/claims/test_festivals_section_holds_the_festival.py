""""Its world premiere in competition at Venice": the parser may hang the festival on the
section the cue's preposition names ("competition"), not on the cue; the festival is then the
section's own "at" phrase. Before, the premiere claim had no festival (a wrong one went
unrefuted). Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _festival(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


@pytest.mark.parametrize("true, mutant", [
    ("Anora had its world premiere in competition at Cannes in 2024.",
     "Anora had its world premiere in competition at Venice in 2024."),
    ("Parasite had its world premiere in competition at the Cannes Film Festival.",
     "Parasite had its world premiere in competition at the Venice Film Festival."),
])
def test_the_section_s_festival_is_the_premiere_s(true, mutant, default_kb):
    got = _festival(true, default_kb)
    assert got and all(v == "supported" for v in got), (true, got)
    got = _festival(mutant, default_kb)
    assert got and all(v == "refuted" for v in got), (mutant, got)
