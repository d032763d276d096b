"""A win count whose pool of nominations comes in a preposition phrase set before the subject
("Out of N nominations, X won M") or in a "from" phrase after a bare count ("X won M from N
nominations") is M wins out of N nominations, the same reading as "won M of its N
nominations". Before, the bare number was left with no noun and no show, and never decided.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict) for c in r.claims
            if c.slots.get("kind") == "award_count" and "won" in text[c.start:c.end]]


def test_a_fronted_pool_gives_the_bare_count_its_noun(default_kb):
    got = _wins("Out of ten nominations, The Brutalist won three.", default_kb)
    assert got and all(v == "supported" for _, v in got)
    got = _wins("From eight nominations, Conclave won one.", default_kb)
    assert got and all(v == "supported" for _, v in got)
    # no show named: a wrong count is open, never supported
    got = _wins("Out of ten nominations, The Brutalist won four.", default_kb)
    assert got and all(v == "not_enough_info" for _, v in got)


def test_a_from_pool_after_the_bare_count(default_kb):
    got = _wins("Wicked won two from ten nominations.", default_kb)
    assert got and all(v == "supported" for _, v in got)
    got = _wins("Wicked won three from ten nominations.", default_kb)
    assert got and all(v == "not_enough_info" for _, v in got)
