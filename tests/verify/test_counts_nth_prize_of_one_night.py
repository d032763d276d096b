"""Which of a person's prizes a win was ("his second Oscar") counts the prizes they hold as a
film's named recipient too (verify/counts.py `_held_by`), and the KB does not order one
night's prizes: of four won at one ceremony, "second" is left open, not refuted as before,
"first" holds and "fifth" is refuted. An owner's ordinal on a prize a word narrows ("her first
major award") is left unchecked, not dropped (claims/awards/ `_unchecked`). Sentences are
written for these tests; the facts are the default KB's (Sean Baker won four Oscars at the
97th Academy Awards, three of them as a recipient of Anora's; Mikey Madison won one)."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text, kb):
    return {c.category: c.verdict for c in reelcheck.check(text, kb=kb).claims}


@pytest.mark.parametrize("nth,record", [("first", "supported"), ("second", "not_enough_info"),
                                        ("fourth", "not_enough_info"), ("fifth", "refuted")])
def test_a_place_among_one_night_s_prizes(nth, record, default_kb):
    got = verdicts(f"Sean Baker won Best Director, his {nth} Oscar.", default_kb)
    assert got.get("record") == record, got


def test_an_ordinal_on_a_narrowed_prize_is_left_unchecked(default_kb):
    got = reelcheck.check("Mikey Madison won Best Actress, her first major award.",
                          kb=default_kb).claims
    assert [(c.category, c.verdict) for c in got] == [("award", "not_enough_info")]
    assert "'first'" in got[0].explanation
