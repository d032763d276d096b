"""A year said in a clause of its own about a film a credit names ("appeared in X, released
in Y", "... X, which came out in Y") is the film's year: a claim of its own, which the credit
claim beside it does not swallow. Sentences are written for these tests."""
from __future__ import annotations

import reelcheck


def years(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "work_year"]


def test_a_true_year_in_a_participle_or_relative_clause_is_supported(default_kb):
    for text in ("Before Anora, Mikey Madison had a small part in Once Upon a Time in "
                 "Hollywood, released in 2019.",
                 "Borisov broke through internationally with Compartment No. 6, which came out "
                 "in 2021.",
                 "Karagulian also turned up in The Florida Project, released in 2017."):
        got = years(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, got)


def test_a_wrong_year_there_is_not_supported(default_kb):
    for text in ("Before Anora, Mikey Madison had a small part in Once Upon a Time in "
                 "Hollywood, released in 2016.",
                 "Mikey Madison appeared in Once Upon a Time in Hollywood, which came out in "
                 "2017."):
        claims = reelcheck.check(text, kb=default_kb).claims
        got = [c for c in claims if c.slots.get("kind") == "work_year"]
        assert got and got[0].verdict == "refuted", (text, claims)
        assert "2019" in got[0].explanation
    # a later year than the KB's is a release it may lack: not refuted, and not supported
    got = years("Baker's first feature was Four Letter Words, released in 2006.", default_kb)
    assert got and got[0].verdict == "not_enough_info", got
