"""A row with no verb ("Frankenstein — 9 nominations, 3 wins") that the parser reads as a
clause with its last noun as the root and the label as that noun's subject: the label holds
the count. Before, the wins had no holder and a wrong count was left unread.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_dashed_row_counts_its_label_s_wins(default_kb):
    text = "Side panel: the 98th Academy Awards\n\nFrankenstein — 9 nominations, 2 wins\n"
    got = _counts(text, default_kb)
    assert any("2 wins" in t and v == "refuted" and who == "Frankenstein" for t, v, who in got)
    text = "Side panel: the 98th Academy Awards\n\nFrankenstein — 9 nominations, 3 wins\n"
    got = _counts(text, default_kb)
    assert any("3 wins" in t and v == "supported" and who == "Frankenstein"
               for t, v, who in got)
    assert not any(v == "refuted" for _, v, _ in got)
