"""A kept "first since" record (a note with the previous holder's year and no list to count
by) does not support a record the sentence calls the second (third ...) since then: the
ordinal is a slot the sentence states, and the KB cannot count past the first. Before, the
ordinal was left out and the claim supported.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.category == "record"]


def test_a_second_since_is_not_the_kept_first_since(default_kb):
    assert _records("Anora was the third American film to win the Palme d'Or since "
                    "The Tree of Life.", default_kb) == ["not_enough_info"]
    assert _records("Yura Borisov became the second Russian actor nominated for an acting "
                    "Oscar since Mikhail Baryshnikov.", default_kb) == ["not_enough_info"]
    # the first since still holds
    assert _records("Anora was the first American film to win the Palme d'Or since "
                    "The Tree of Life.", default_kb) == ["supported"]
