"""A question and the fragment that answers it (claims/__init__.py, frames `_answered`): the
cast pairing the answer fills is a claim, as an award's is ("Who plays Toros? Karren
Karagulian."); the question's own words assert nothing."""
from __future__ import annotations

import reelcheck


def _cast(kb, text):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_the_answer_fills_the_cast_question(default_kb):
    assert "supported" in _cast(default_kb, "So who plays Garnick in Anora? Vache Tovmasyan.")
    assert "refuted" in _cast(default_kb, "So who plays Garnick in Anora? Karren Karagulian.")


def test_a_question_without_an_answer_asserts_nothing(default_kb):
    assert _cast(default_kb, "Does Karren Karagulian play Garnick in Anora?") == []
