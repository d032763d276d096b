"""Trade shorthand for the domestic market: "at home", "its home market" name the scope of
a gross, so a worldwide total does not support a figure said of the home market.

Sentences are written for these tests; the facts are the default KB's (Anora on 2025-02-17:
$15 million domestic, $34.5 million worldwide)."""
from __future__ import annotations

import reelcheck


def grosses(text, kb):
    return [(c.slots.get("scope"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "box_office"]


def test_at_home_is_the_domestic_market(default_kb):
    # $30 million is below the worldwide total but far above the domestic one of that very
    # day, which refutes it (test_money_same_day_total)
    assert grosses("By February 17, 2025, Anora had passed $30 million at home.",
                   default_kb) == [("domestic", "refuted")]
    assert grosses("By February 17, 2025, Anora had passed $15 million at home.",
                   default_kb) == [("domestic", "supported")]


def test_a_scope_word_of_the_next_clause_is_not_the_figures(default_kb):
    # "worldwide" after the semicolon is the next clause's total, not this figure's scope
    assert grosses("By February 17, 2025, Anora had passed $30 million at home; its "
                   "worldwide total was higher still.", default_kb) == [
        ("domestic", "refuted")]
