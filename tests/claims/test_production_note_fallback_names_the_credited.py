"""A credit claim whose own check cannot decide may fall back on a sourced note that holds all
of its clause's words -- but only a note that names the person or company credited (the entity
it is about, or by name): "Anora's distributor, A24, threw a party" is not borne out by a note
on a party in the story (claims/notes.py `_names_credited`). Sentences are written for these
tests."""
from __future__ import annotations

import reelcheck


def _credit(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("crew", "production")]


def test_a_note_that_does_not_name_the_company_does_not_support_it(default_kb):
    got = _credit("Anora's distributor, A24, threw a party.", default_kb)
    assert got and all(v == "not_enough_info" for v, _ in got), got


def test_a_note_that_does_not_name_the_crew_member_does_not_support_them(default_kb):
    got = _credit("Anora's cinematographer, Stephen Phelps, threw a party.", default_kb)
    assert "supported" not in [v for v, _ in got], got


def test_the_credit_held_is_still_supported(default_kb):
    got = _credit("Anora's distributor, Neon, threw a party.", default_kb)
    assert [v for v, _ in got] == ["supported"], got
