"""'Her second Oscar came for X, where Y also won ...': the possessive's holder is not a winner
of a later clause whom the pronoun cannot stand for (the KB knows him as a man); read as his,
the count was refuted with another person's record.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _nth(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "nth_prize"]


def test_her_ordinal_is_not_counted_on_a_man_who_won_in_a_later_clause(default_kb):
    text = ("Her second statuette arrived for Three Billboards Outside Ebbing, Missouri, a night "
            "on which Sam Rockwell also took Best Supporting Actor.")
    got = _nth(text, default_kb)
    assert all(c.subject is None or c.subject.id != "sam-rockwell" for c in got)
    assert "refuted" not in [c.verdict for c in got]


def test_his_ordinal_still_counts_on_the_man_who_won(default_kb):
    # the pronoun agrees: the count is his, and a wrong one is refuted
    text = "At the 80th Academy Awards, Daniel Day-Lewis won Best Actor; it was his third Oscar."
    got = _nth(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert got[0].subject.id == "daniel-day-lewis"
