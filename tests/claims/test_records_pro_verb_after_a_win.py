"""A record set off after a clause with a pro-verb ("X won A, the first Y to do so since Z")
states that clause's deed as the record's achievement, held by that clause's subject. Before,
the record's own words ("to do so") named no prize, so no kept achievement matched and the
record was never read.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _records(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None) for c in r.claims
            if c.category == "record"]


def test_the_pro_verb_takes_the_clause_it_is_set_after(default_kb):
    got = _records("Anora won the Palme d'Or, the first American film to do so since "
                   "The Tree of Life.", default_kb)
    assert got == [("supported", "Anora")]
    # a wrong bound is wrong
    got = _records("Anora won the Palme d'Or, the first American film to do so since 2016.",
                   default_kb)
    assert got == [("refuted", "Anora")]
