"""A credit row ("Title (year) — Directed by A — Starring B, C — 120 min — Studio"): each field
set off by spaced long dashes states its own fact, so the names of the cast field are no
unchecked slot of the director field's claim. A dash in prose still sets off an aside of one
sentence. Rows are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_the_director_field_is_judged_alone(default_kb):
    text = ("Oppenheimer (2023) \u2014 Directed by Christopher Nolan \u2014 Starring Cillian "
            "Murphy, Robert Downey Jr. \u2014 three hours \u2014 Universal")
    got = [c for c in _claims(text, default_kb) if c.predicate == "director"]
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_wrong_director_in_a_row_is_still_refuted(default_kb):
    text = ("Oppenheimer (2023) \u2014 Directed by Steven Spielberg \u2014 Starring Cillian "
            "Murphy \u2014 Universal")
    got = [c for c in _claims(text, default_kb) if c.predicate == "director"]
    assert got and all(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_only_a_row_is_cut_into_fields():
    from reelcheck.claims.accounting import _row_fields
    assert len(_row_fields("Anora (2024) \u2014 Sean Baker \u2014 139 min")) == 3
    # a sentence with an aside between two dashes, closed by a stop, is one field
    assert _row_fields("The film \u2014 a comedy \u2014 won five Oscars.") == [(0, 38)]
