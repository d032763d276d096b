"""The pool of a person's partitive count may belong to the film the passage is on, said by
"its" or "the film's" ("took home four of the film's five Oscars"): its number is a count of
that film's wins, checked as a reading of the passage (confirmed, never refuted), beside the
person's own count. Sentences are written for these tests; facts are the default KB's (Anora
won five Oscars at the 97th Academy Awards, Sean Baker four of them, Mikey Madison one)."""
from __future__ import annotations

import reelcheck

NIGHT = "Anora ruled the 97th Academy Awards on Sunday night.\n\n"


def counts(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "count"]


def test_the_films_pool_is_checked(default_kb):
    got = counts(NIGHT + "Sean Baker took home four of the film's five Oscars.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got
    got = counts(NIGHT + "Mikey Madison picked up one of its five statuettes.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got
    # a wrong pool read from the passage is open, never refuted
    got = counts(NIGHT + "Sean Baker took home four of the film's six Oscars.", default_kb)
    assert [v for v, *_ in got] == ["not_enough_info"], got
    # the person's own count still refutes
    got = counts(NIGHT + "Sean Baker took home three of the film's five Oscars.", default_kb)
    assert [v for v, *_ in got] == ["refuted"], got
