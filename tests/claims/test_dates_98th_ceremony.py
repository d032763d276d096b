"""The 98th Academy Awards' day (the ceremonies factsheet): a date said of the ceremony is
checked against it. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def date_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "ceremony_date"]


def test_the_98th_ceremony_day_holds(default_kb):
    got = date_claims("The 2026 Oscars were handed out on March 15, 2026, in Hollywood.",
                      default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_another_day_for_the_98th_is_refuted(default_kb):
    got = date_claims("Sinners went into the 98th Academy Awards on March 8, 2026 as the most "
                      "nominated film.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "March 15, 2026" in got[0].explanation
