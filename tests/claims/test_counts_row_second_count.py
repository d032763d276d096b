"""A row of a "by the numbers" list that gives its label two counts ("Film: N nominations, M
wins") holds both for the label: the second count, which the parser sets beside the first,
counts the label's wins, not the first count's. Before, the second count took the first
count's noun as its holder and was never read (a wrong count of wins was left open).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_the_wins_of_a_row_are_counted_for_its_label(default_kb):
    text = ("Tallies from the 97th Academy Awards\n\n"
            "Conclave: 8 nominations, 3 wins\n")
    got = _counts(text, default_kb)
    wins = [g for g in got if "3 wins" in g[0]]
    assert wins and all(v == "refuted" and who == "Conclave" for _, v, who in wins)
    text = ("Tallies from the 97th Academy Awards\n\n"
            "Anora: 6 nominations, 5 wins\n")
    got = _counts(text, default_kb)
    wins = [g for g in got if "5 wins" in g[0]]
    assert wins and all(v == "supported" and who == "Anora" for _, v, who in wins)
    # the first count is still the row's own, and holds
    assert any(t == "6 nominations" and v == "supported" for t, v, _ in got)
