"""A length or a sum set on a film -- fronted with "at" before its name, or modifying a kind of
film ("the 139-minute comedy") -- is read even when the clause's verb is no quantity cue ("never
drags", "never lets up"): the sentence is a candidate because it names a film, or a kind of film
a figure modifies, beside a figure. A measure on the subject noun is given with it, so the verb's
negation does not deny it; a negation of the verb that states the figure still does. Sentences
written for these tests about Anora (139 minutes per most sources, a $6 million budget)."""
from __future__ import annotations

import reelcheck


def _of(text, kb, category):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == category]


def test_a_fronted_length_before_a_verb_of_no_cue(default_kb):
    assert _of("At 139 minutes, Anora never drags.", default_kb, "runtime") == ["supported"]
    assert _of("At 2 hours and 19 minutes, Anora flies by.", default_kb,
               "runtime") == ["supported"]


def test_a_length_on_a_kind_of_film_that_is_the_subject(default_kb):
    text = "Anora is out now. The 139-minute comedy never lets up."
    assert _of(text, default_kb, "runtime") == ["supported"]


def test_a_sum_on_a_kind_of_film_that_is_the_subject(default_kb):
    text = "Anora is out now. The $6 million comedy never flops."
    assert _of(text, default_kb, "money") == ["supported"]


def test_a_wrong_length_on_the_subject_is_never_supported(default_kb):
    text = "Anora is out now. The 169-minute comedy never lets up."
    assert "supported" not in _of(text, default_kb, "runtime")


def test_the_verb_that_states_the_figure_still_denies_it(default_kb):
    assert _of("Anora did not have a $6 million budget.", default_kb, "money") == ["refuted"]
