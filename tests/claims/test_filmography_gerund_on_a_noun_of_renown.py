"""A credit verb's gerund the parser hangs on a noun of renown ("rose to fame playing X on Y",
"won acclaim starring in Y") is said of the clause's subject: the credit claim, with its part.
Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_the_subject_of_the_clause_is_credited(default_kb):
    for text in ("Mikey Madison rose to fame playing Max Fox on Better Things.",
                 "Yura Borisov won acclaim starring in Compartment No. 6."):
        got = films(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, got)


def test_a_wrong_part_there_is_refuted(default_kb):
    got = films("Mikey Madison rose to fame playing Amber Freeman on Better Things.", default_kb)
    assert got and got[0].verdict == "refuted", got
    assert "Max Fox" in got[0].explanation
