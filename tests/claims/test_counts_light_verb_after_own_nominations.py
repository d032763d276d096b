"""A bare number after a light verb ("picked up four") counts the noun the last count before
it named; but when that count was the same holder's nominations, said in a verb the clause is
joined to ("arrived with six nominations and picked up four") or of a pronoun, the number
counts what it won of them, not more nominations (claims/awards/ `_elided_kind`,
`_same_holder`). A clause with a named subject of its own keeps the parallel reading ("X got
eleven nominations and Y earned six"). Sentences are written for these tests; the facts are
the default KB's (Parasite: six nominations and four wins at the 92nd Academy Awards; Joker:
eleven nominations)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_the_joined_verb_counts_wins(default_kb):
    got = counts("At the 92nd Academy Awards, Bong Joon Ho's satire Parasite arrived with six "
                 "nominations and picked up four.", default_kb)
    assert [(t, v) for t, v, _w in got] == [("six nominations", "supported"),
                                            ("picked up four", "supported")], got
    assert "won 4" in got[-1][2], got


def test_a_wrong_win_count_is_refuted_as_wins(default_kb):
    got = counts("At the 92nd Academy Awards, Bong Joon Ho's satire Parasite arrived with six "
                 "nominations and netted three.", default_kb)
    assert got[-1][1] == "refuted" and "won 4" in got[-1][2], got


def test_a_named_subject_of_its_own_stays_parallel(default_kb):
    got = counts("At the 92nd Academy Awards, Joker received eleven nominations and Parasite "
                 "earned six.", default_kb)
    assert [v for _t, v, _w in got] == ["supported", "supported"], got
    assert "6 nominations" in got[-1][2], got
