""""Victory in the Best Director category went to X": a win noun's "in the ... category"
names the prize by the phrase before the category noun, a slot the verdict reads (it was left
unread, and any win of X let the claim hold). "The Best Picture Oscar belonged to X" tells
who won it as "went to" does.

Sentences written for these tests; the facts are the default KB's (89th Academy Awards:
Moonlight won Best Picture; Best Director went to Damien Chazelle for La La Land)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_category_of_a_victory_is_read(default_kb):
    assert _awards("Victory in the Best Picture category went to Moonlight at the 89th "
                   "Academy Awards.", default_kb) == ["supported"]
    assert _awards("Victory in the Best Director category went to Moonlight at the 89th "
                   "Academy Awards.", default_kb) == ["refuted"]


def test_a_prize_that_belonged_to_a_film(default_kb):
    assert _awards("The Best Picture Oscar belonged to Moonlight at the 89th Academy Awards.",
                   default_kb) == ["supported"]
    assert _awards("The Best Picture Oscar of 2017 belonged to La La Land.",
                   default_kb) == ["refuted"]
    # ownership that is no prize's forms no award claim
    assert _awards("The rights belong to Neon.", default_kb) == []
