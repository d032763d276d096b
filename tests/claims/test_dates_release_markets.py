"""Release dates of several markets in one clause ("opened in A on D1, and in B on D2"): each
date is checked against its own market's release, never against the other market's.

Sentences are written for these tests; the facts are the default KB's (Anora opened in
France on 2024-10-30, in Germany on 2024-10-31 and in the UK on 2024-11-01)."""
from __future__ import annotations

import reelcheck


def releases(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "release_date"]


def test_each_market_of_a_coordinated_release_keeps_its_own_date(default_kb):
    # both true: the second date must not be read as a second French date
    assert releases("Anora reached cinemas in France on October 30, 2024, and in Germany on "
                    "October 31, 2024.", default_kb) == ["supported", "supported"]
    assert releases("Anora reached cinemas in Germany on October 31, 2024, and in the United "
                    "Kingdom on November 1, 2024.", default_kb) == ["supported", "supported"]
    # the German date wrong: refuted by the German release
    got = [c for c in reelcheck.check("Anora reached cinemas in France on October 30, 2024, "
                                      "and in Germany on November 8, 2024.", kb=default_kb).claims
           if c.predicate == "release_date"]
    assert [c.verdict for c in got] == ["supported", "refuted"]
    assert "Germany" in got[1].explanation
