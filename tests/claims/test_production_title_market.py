"""A company's title with a market on it ("its U.S. distributor, X", "the international
distributor X") states the market as a slot of the credit, as "distributed by X in the US"
does: a credit the KB holds in another market does not support it.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _distributor(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "distributor"]


def test_a_market_on_the_distributor_title_is_a_slot(default_kb):
    # Universal holds Anora's international release, not its American one
    assert _distributor("Anora's American distributor, Universal Pictures, booked it into "
                        "art houses.", default_kb) == ["not_enough_info"]
    assert _distributor("Anora's U.S. distributor, Neon, booked it into art houses.",
                        default_kb) == ["supported"]
    assert _distributor("Anora's international distributor, Universal Pictures, sold it "
                        "abroad.", default_kb) == ["supported"]
    # the one American distributor the KB holds is another company
    assert _distributor("Anora's U.S. distributor, A24, booked it into art houses.",
                        default_kb) == ["refuted"]
