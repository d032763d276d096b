"""An amount of money spelled out in words with its scale and the currency's name ("six million
dollars", "sixty-five million dollars") is a figure like "$6 million": a budget said so is
checked. Sentences written for these tests about Anora's $6 million budget."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.text import find_money


def _money(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "money"]


def test_spelled_amounts_are_read_with_their_scale():
    got = find_money("It cost sixty-five million dollars, not twelve thousand euros.")
    assert [(m.amount, m.currency) for m in got] == [(65e6, "USD"), (12e3, "EUR")]


def test_a_spelled_budget_is_supported(default_kb):
    assert _money("Anora had a production budget of six million dollars.",
                  default_kb) == ["supported"]
    assert _money("Sean Baker made Anora for about six million dollars.",
                  default_kb) == ["supported"]


def test_a_wrong_spelled_budget_is_refuted(default_kb):
    assert _money("Anora had a production budget of sixty million dollars.",
                  default_kb) == ["refuted"]


def test_a_number_word_without_a_scale_or_currency_name_is_no_money():
    assert find_money("Six million people saw the trailer of the film.") == []
