"""A length set before the subject with "at" ("At 139 minutes, X is ...") is the subject film's
runtime; a person subject has none. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _runtimes(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "runtime"]


def test_a_fronted_length_is_the_films_runtime(default_kb):
    assert _runtimes("At 139 minutes, Anora is long for a comedy.", default_kb) == ["supported"]


def test_a_wrong_fronted_length_is_not_supported(default_kb):
    assert _runtimes("At 95 minutes, Anora is short for an awards contender.",
                     default_kb) != ["supported"]
    assert _runtimes("At 95 minutes, Anora is short for an awards contender.", default_kb)


def test_a_fronted_length_before_a_person_is_no_runtime(default_kb):
    assert _runtimes("At 139 minutes, Mikey Madison is on screen in nearly every scene.",
                     default_kb) == []


def test_a_negation_of_the_clause_does_not_deny_the_fronted_length(default_kb):
    # the measure set before the subject is given; "not" denies "short", not the length
    assert _runtimes("At 139 minutes, Anora is not short.", default_kb) == ["supported"]
