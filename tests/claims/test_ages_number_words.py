"""An age written in words and split by the tokenizer ("twenty - five") is one number: its
words are not words on it that would make the clause something else than an age. Sentences
written for these tests; the facts are the default KB's (Mikey Madison, born March 25, 1999,
won best actress at the 97th Academy Awards, March 2, 2025: she was 25)."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


def test_a_copula_age_in_words(default_kb):
    assert ages("Mikey Madison was twenty-five when she won best actress for Anora.",
                default_kb) == ["supported"]
    assert ages("Mikey Madison was twenty-seven when she won best actress for Anora.",
                default_kb) == ["refuted"]


def test_an_age_in_words_after_at_and_in_a_relative_clause(default_kb):
    assert ages("Mikey Madison won best actress for Anora at twenty-five.",
                default_kb) == ["supported"]
    assert ages("Mikey Madison, who is twenty-five, won best actress for Anora.",
                default_kb) == ["supported"]
