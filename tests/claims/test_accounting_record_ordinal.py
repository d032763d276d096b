"""Slot accounting of "the first" set on a noun (claims/accounting.py `_record_ordinal`): a
record the sentence states of its noun, which a win alone does not vouch for. Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_first_of_a_class_the_kb_cannot_single_out_leaves_the_win_open(default_kb):
    got = award_claims("Paul Giamatti's rival Cillian Murphy became the first Cork-born winner "
                       "of best actor at the 96th Academy Awards.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
    assert any("'first'" in c.explanation for c in got)


def test_the_same_win_without_the_record_holds(default_kb):
    got = award_claims("Cillian Murphy took best actor at the 96th Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_an_ordinal_of_time_is_no_record(default_kb):
    got = award_claims("At the 96th Academy Awards Cillian Murphy won best actor for the first "
                       "time.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_first_the_claim_reads_as_the_categorys_order_holds(default_kb):
    got = award_claims("Wings was the first film to take best picture.",
                       default_kb)
    assert [c.verdict for c in got] == ["supported"]
