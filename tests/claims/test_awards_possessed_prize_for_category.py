""""Mikey Madison poses with her award for Best Actress": a prize noun owned by a person whose
"for" phrase names a category is that person's win of the category (photo captions), the
category not read as the work it was for.

Sentences written for these tests; the facts are the default KB's (Mikey Madison won Best
Actress and Sean Baker Best Director at the 97th Academy Awards; Adrien Brody won the BAFTA
for Best Actor)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_caption_with_her_award_for_a_category(default_kb):
    assert _awards("Mikey Madison poses with her award for Best Actress in the press room at "
                   "the 97th Academy Awards.", default_kb) == ["supported"]


def test_a_caption_with_the_wrong_category_is_refuted(default_kb):
    assert _awards("Mikey Madison poses with her award for Best Supporting Actress in the press "
                   "room at the 97th Academy Awards.", default_kb) == ["refuted"]


def test_a_bafta_caption(default_kb):
    assert _awards("Adrien Brody holds his award for Best Actor at the BAFTAs.",
                   default_kb) == ["supported"]
