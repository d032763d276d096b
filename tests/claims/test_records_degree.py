"""A superlative on a record's holder noun says what is measured: "the highest-grossing Palme
d'Or winner" ranks films by money, not by the prizes an edition gave, so it is not the record
of an edition's biggest winner, even in a sentence that names the edition.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def test_a_money_superlative_is_no_count_of_wins(default_kb):
    # the KB keeps no grosses of Palme winners: nothing may support the ranking
    assert "supported" not in _records(
        "Parasite, the Best Picture winner at the 92nd Academy Awards, is still the "
        "top-grossing Palme d'Or winner at the American box office.", default_kb)
    # the count of an edition's wins is still read from its own superlatives
    assert _records("Parasite was the biggest winner of the 92nd Academy Awards.",
                    default_kb) == ["supported"]
    assert _records("At the 97th Academy Awards, Anora won the most Oscars.",
                    default_kb) == ["supported"]
