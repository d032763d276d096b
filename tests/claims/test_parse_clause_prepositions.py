""""X beamed as Y, <a phrase set off by commas>, took home N prizes": the parser reads "as Y" as a
prepositional phrase and hangs "took" on X's verb, so the count was said of X. A verb with no
subject right after the comma that closes the object of a preposition that may open a clause
(lexicon clause_prepositions) takes that object as its subject.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims
            if c.slots.get("kind") == "award_count"]


def test_the_film_set_off_by_a_relative_clause_is_the_counted_winner(default_kb):
    # true of the film (5); the director's own tally is 4: it must not refute the sentence
    got = _counts("Sean Baker wept as his film Anora, which had opened at Cannes in May, "
                  "carried off five Oscars at the 97th Academy Awards.", default_kb)
    assert got and all(v == "supported" for _, v, _ in got)
    got = _counts("Sean Baker wept as his film Anora, which had opened at Cannes in May, "
                  "carried off six Oscars at the 97th Academy Awards.", default_kb)
    assert [v for _, v, _ in got] == ["refuted"]
    assert got[0][2].startswith("Anora won 5")


def test_the_film_set_off_by_an_apposition_is_the_counted_winner(default_kb):
    got = _counts("Sean Baker wept as Anora, a scrappy Brooklyn romance, carried off five Oscars "
                  "at the 97th Academy Awards.", default_kb)
    assert got and all(v == "supported" for _, v, _ in got)
    assert all(span.startswith("Anora") for span, _, _ in got)
