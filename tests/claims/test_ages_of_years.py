"""Translated press sets an age after the name as "of N years" ("the actress X of 25 years"):
the age of the named person, checked like "X, 25,". Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def ages(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "age"]


def test_of_n_years_after_a_name_is_the_persons_age(default_kb):
    got = ages("On Sunday the actress Mikey Madison of 25 years took the Oscar of best "
               "actress.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert got[0].slots.get("subject") == "mikey-madison" or "Mikey Madison" in got[0].explanation


def test_of_n_years_after_a_thing_is_no_age(default_kb):
    got = ages("A festival of 77 years gave its top prize to Anora, and a rivalry of 30 years "
               "went on.", default_kb)
    assert got == []
