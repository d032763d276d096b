"""A bare category ("Best Actress") in a clause that names no show, beside a clause with a
subject of its own that names one ("..., and Demi Moore won the Golden Globe"): that show is a
reading of the bare prize, which may support but never refute; and a clause with an object of
its own borrows no prize from another clause. Sentences are written for these tests; the facts
are the default KB's."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_show_named_only_by_a_sibling_clause_never_refutes(default_kb):
    for text in ("Mikey Madison won Best Actress, and Demi Moore won the Golden Globe.",
                 "Mikey Madison took Best Actress, while Demi Moore won the Golden Globe."):
        got = _verdicts(text, default_kb)
        assert [v for t, v in got if t.startswith("Mikey")] == ["not_enough_info"], got
        assert ("Demi Moore won the Golden Globe", "supported") in got, got


def test_a_show_of_the_clause_itself_still_decides(default_kb):
    got = _verdicts("At the Golden Globes, Mikey Madison won Best Actress.", default_kb)
    assert [v for _t, v in got] == ["refuted"], got


def test_a_clause_with_its_own_object_borrows_no_prize(default_kb):
    got = _verdicts("All Quiet on the Western Front earned James Friend the Oscar for Best "
                    "Cinematography in 2023, and Brokeback Mountain earned Larry McMurtry and "
                    "Diana Ossana Best Adapted Screenplay in 2006.", default_kb)
    assert not [g for g in got if g[1] == "refuted"], got


def test_a_category_the_clause_names_is_not_lent_to_another_prize_of_the_work(default_kb):
    # the show is the sibling clause's; the category is this clause's own, so the film's
    # other win (Best Actress) does not support "best supporting actress"
    text = ("Jessie Buckley won best supporting actress for Hamnet, while Sean Penn picked up "
            "his third Oscar.")
    got = _verdicts(text, default_kb)
    assert [v for t, v in got if t.startswith("Jessie")] == ["not_enough_info"], got
    got = _verdicts(text.replace("supporting ", ""), default_kb)
    assert [v for t, v in got if t.startswith("Jessie")] == ["supported"], got
