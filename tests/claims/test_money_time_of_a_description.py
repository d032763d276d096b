"""The date of a description set beside the film's name ("Anora, the Palme d'Or winner of May
25, 2024, had grossed ...") is the description's time, not the running total's: the gross is
checked as of the date its own verb gives. Sentences written for this test; the default KB
holds Anora's domestic gross of $15 million as of February 17, 2025."""
from __future__ import annotations

import reelcheck


def _money(text, kb):
    return [(c.verdict, c.slots.get("as_of")) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "box_office"]


def test_the_description_date_is_not_the_totals(default_kb):
    said = "Anora, the Palme d'Or winner of May 25, 2024, had grossed {} domestically by " \
           "February 17, 2025."
    assert _money(said.format("$15 million"), default_kb) == [("supported", [2025, 2, 17])]
    assert _money(said.format("$25 million"), default_kb) == [("refuted", [2025, 2, 17])]
    got = _money("Anora, the Palme d'Or winner of May 25, 2024, grossed $52 million.",
                 default_kb)
    assert got and all(when != [2024, 5, 25] for _, when in got), got
