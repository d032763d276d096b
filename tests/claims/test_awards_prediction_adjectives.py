"""A win an adjective of likelihood governs ("X is unlikely to win", "is certain to win", "is
sure to take") is a prediction, as "is likely to win" already was: no claim of a win, never
refuted nor supported (it had refuted "del Toro is unlikely to win Best Director at the 98th"
and supported the same words with no night named). Sentences are written for these tests;
facts are the default KB's (Guillermo del Toro won Best Director at the 90th Academy Awards, not
the 98th)."""
from __future__ import annotations

import reelcheck


def test_an_unlikely_or_certain_win_is_no_claim(default_kb):
    for text in ("Guillermo del Toro remains unlikely to win Best Director at the 98th "
                 "Academy Awards.",
                 "Pundits say Guillermo del Toro is certain to win Best Director at the 98th "
                 "Academy Awards.",
                 "Guillermo del Toro is unlikely to win Best Director this time.",
                 "Guillermo del Toro seems sure to take Best Director at the 98th Academy "
                 "Awards."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert not [c for c in got if c.verdict != "not_enough_info"], \
            [(c.text, c.verdict, c.explanation) for c in got]


def test_a_past_win_beside_the_prediction_is_still_told(default_kb):
    got = reelcheck.check("Guillermo del Toro, who won Best Director at the 90th Academy "
                          "Awards, is unlikely to repeat the feat.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.verdict) for c in got]
