"""A crew title before a name that the tagger reads as a verb ("Anora cinematographer Jane
Roe", with the film that verb's subject) is the noun it is: the film's credit, judged as
"Anora editor Jane Roe" is. Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import crew_claims as crew


def test_the_wrong_holder_of_a_complete_credit_is_refuted(default_kb):
    for text in ("Anora cinematographer Stephen Phelps spoke to the press after the screening.",
                 "Anora cinematographer Stephen Phelps favoured anamorphic lenses."):
        got = crew(text, default_kb)
        assert got and got[0].verdict == "refuted", (text, got)
        assert "Drew Daniels" in got[0].explanation


def test_the_right_holder_is_supported(default_kb):
    got = crew("Anora cinematographer Drew Daniels favoured anamorphic lenses.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), got
