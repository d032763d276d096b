"""A co- title of a role whose co- credit is a credit of its own ("co-producer Jane Roe": the
lexicon's crew `co_credits`) may confirm that the person holds the role, never refute it
against the film's complete producer credit; a co-writer or co-editor shares the main credit
and is still judged by it (claims/crew.py `_titles`). Sentences written for these tests; the
facts are the default KB's Anora credits (complete for producers, writer, editor)."""
from __future__ import annotations

import pytest

import reelcheck


def crew(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "crew"]


@pytest.mark.parametrize("text", [
    "Anora's co-producer was Jane Whitcombe.",
    "Anora co-producer Jane Whitcombe spoke at the screening.",
    "Jane Whitcombe, a co-producer on Anora, spoke at the screening.",
])
def test_a_co_producer_never_refutes_the_producer_credit(default_kb, text):
    assert all(v != "refuted" for _, v in crew(text, default_kb))


def test_a_co_producer_title_held_by_a_credited_producer_is_confirmed(default_kb):
    assert crew("Alex Coco, a co-producer on Anora, spoke at the screening.",
                default_kb) == [("producer", "supported")]


@pytest.mark.parametrize("text, pred", [
    ("Anora's producer was Jane Whitcombe.", "producer"),
    ("Jane Whitcombe, a co-writer of Anora, spoke at the screening.", "screenwriter"),
    ("Jane Whitcombe, the co-editor of Anora, spoke at the screening.", "film_editor"),
])
def test_a_shared_or_plain_title_still_refutes(default_kb, text, pred):
    assert crew(text, default_kb) == [(pred, "refuted")]
