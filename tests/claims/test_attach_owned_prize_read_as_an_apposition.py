"""An owned relation noun right after a verb of giving's first object, read by the parser as in
apposition to the name (sentences written for reelcheck's tests): "The role earned Mikey Madison
her second Oscar nomination" was left open ("the KB holds no fact that decides this claim": the
verb's frame took the name as winner of a bare noun). With no comma between them, the noun is
the verb's second object and the name its dative, so the noun's own frame states the
nomination (or win) with its ordinal, checked against the complete record."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    ("The role earned Mikey Madison her first Oscar nomination.", "supported"),
    ("The role earned Mikey Madison her second Oscar nomination.", "refuted"),
    ("Anora landed Yura Borisov his first Oscar nomination.", "supported"),
    ("Anora landed Yura Borisov his second Oscar nomination.", "refuted"),
])
def test_owned_prize_after_the_dative_name(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want != "refuted":
        assert "refuted" not in got, got
