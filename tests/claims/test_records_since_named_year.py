"""A "since" bound that names an earlier holder with its year ("the first X since Parasite in
2019 to ..."): the year dates the named holder, wherever the parser hangs "in 2019" (on the
record noun, or on the verb), so it is never the win's own year; a bound the parser hangs on
the verb above the record noun ("became the first film since Y to ...") is still the record's
bound, not an absolute "first"; and a year the bound states must fit the holder it names
before the record is supported. Sentences are written for these tests; facts are the default
KB's (Marty, Parasite and Anora each won the Palme d'Or and Best Picture)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_the_year_after_a_named_bound_is_not_the_winners_year(default_kb):
    got = claims("Parasite was the first Palme winner since Marty in 1955 to take Best "
                 "Picture.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_bound_hung_on_the_verb_is_the_records_bound(default_kb):
    got = [c for c in claims("Anora became the first film since Parasite in 2019 to take both "
                             "the Palme d'Or and Best Picture.", default_kb)
           if c.slots.get("kind") == "record"]
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_bound_holder_named_with_the_wrong_year_is_not_supported(default_kb):
    got = [c for c in claims("Anora was the first picture since Parasite in 2016 to carry off "
                             "both the Palme and Best Picture.", default_kb)
           if c.slots.get("kind") == "record"]
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
