"""A co- title ("co-producer Jane Roe", "its co-writer", "the co-editor of X") is a credit of its
own beside the film's main one: it may confirm that the person holds the role, never refute
it against the film's complete credit (claims/crew.py `_titles`). Sentences written for these
tests; the facts are the default KB's Anora credits (complete for producers, writer, editor)."""
from __future__ import annotations

import pytest

import reelcheck


def crew(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "crew"]


@pytest.mark.parametrize("text", [
    "Anora's co-producer was Jane Whitcombe.",
    "Jane Whitcombe, a co-writer of Anora, spoke at the screening.",
    "Jane Whitcombe, the co-editor of Anora, spoke at the screening.",
    "Anora co-producer Jane Whitcombe spoke at the screening.",
])
def test_a_co_title_never_refutes_the_main_credit(default_kb, text):
    assert all(v != "refuted" for _, v in crew(text, default_kb))


def test_a_co_title_held_by_a_credited_producer_is_confirmed(default_kb):
    assert crew("Alex Coco, a co-producer on Anora, spoke at the screening.",
                default_kb) == [("producer", "supported")]


def test_the_plain_title_still_refutes(default_kb):
    assert crew("Anora's producer was Jane Whitcombe.", default_kb) == [("producer", "refuted")]
