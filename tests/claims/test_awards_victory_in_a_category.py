""""Victory in the Best Director category went to X": a win noun's "in the ... category"
names the prize by the phrase before the category noun, a slot the verdict reads (it was left
unread, and any win of X let the claim hold).

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

