"""A show's prize named by its category words alone ("the SAG ensemble prize") fits the
category the show's labels name otherwise (lexicon `categories.fallbacks`: the SAG Awards'
ensemble prize is "Outstanding Performance by a Cast"); the one such category the subject was
up for, with its recorded result ("lost to Conclave"), decides the win. Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_ensemble_prize_is_the_cast_prize(default_kb):
    for text in ("Conclave won the SAG ensemble prize.",
                 "Conclave won the ensemble award at the SAG Awards."):
        got = verdicts(text, default_kb)
        assert [v for v, _ in got] == ["supported"], (text, got)
        assert "Performance by a Cast" in got[0][1]


def test_a_lost_nomination_in_the_words_category_refutes_the_win(default_kb):
    got = verdicts("Anora won the ensemble prize at the SAG Awards.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
    assert "lost to Conclave" in got[0][1]
    # words of no category the subject was up for stay open (the KB holds no SAG supporting
    # actress nomination of Mikey Madison, nor that category's winners complete)
    got = verdicts("Mikey Madison won the SAG supporting actress award.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got

