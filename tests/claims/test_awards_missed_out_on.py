""""Ralph Fiennes missed out on Best Actor": a verb of missing a prize is a denial of the prize
its "on" phrase names (the empty-handed relation), which one who was never nominated for it
missed too; a denial of what the KB says was won is not supported.

Sentences written for these tests; the facts are the default KB's (Adrien Brody won Best Actor
at the 97th Academy Awards, where Ralph Fiennes and Timothée Chalamet were nominated for it;
Mikey Madison won Best Actress)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_nominee_who_missed_out(default_kb):
    assert _awards("Ralph Fiennes missed out on Best Actor for Conclave at the 97th Academy "
                   "Awards.", default_kb) == ["supported"]


def test_missing_out_on_a_prize_that_was_won_is_not_supported(default_kb):
    assert _awards("Mikey Madison missed out on the Oscar for Best Actress at the 97th "
                   "Academy Awards.", default_kb) == ["refuted"]
