"""Rows of a list are read one by one, however long each is: a long "heading — item" line is no
hard wrap of the line after it when both are rows of the same shape (or items with the same
bullet). Before, two such rows were one sentence with two winners, read as a list of nominees
(nothing at all).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.text import split_sentences


def _awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict) for c in r.claims if c.slots.get("kind") == "award"]


def test_long_rows_of_a_winners_list_are_each_read(default_kb):
    text = ("Who took the top prizes at the 95th Academy Awards\n\n"
            "Best Supporting Actress — Jamie Lee Curtis, Everything Everywhere All at Once\n"
            "Best Supporting Actor — Ke Huy Quan, Everything Everywhere All at Once\n")
    got = _awards(text, default_kb)
    assert [v for _, v in got] == ["supported", "supported"]
    text = ("Who took the top prizes at the 95th Academy Awards\n\n"
            "Best Supporting Actress — Stephanie Hsu, Everything Everywhere All at Once\n"
            "Best Supporting Actor — Ke Huy Quan, Everything Everywhere All at Once\n")
    got = _awards(text, default_kb)
    assert [v for _, v in got] == ["refuted", "supported"]
    assert got[0][0].startswith("Best Supporting Actress")


def test_a_hard_wrapped_sentence_is_still_one_sentence():
    text = ("The jury, which met for two long days in a villa above the bay, finally\n"
            "agreed on a winner late on Saturday evening after a heated debate.\n")
    assert len(split_sentences(text)) == 1
    # bulleted items of one list are items of their own, each without a full stop
    text = ("- Anora swept the top five prizes at the ceremony held in Hollywood that night\n"
            "- Sean Baker tied a record set by Walt Disney back in the middle of the century\n")
    assert len(split_sentences(text)) == 2
