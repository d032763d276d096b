"""A film pronoun in a phrase set before the main clause ("At the Globes, where it left empty-
handed, X ...") looks ahead to the main clause's subject, not back to a film of an earlier
sentence. Sentences written for these tests; the facts are the default KB's (82nd Golden
Globes: Anora won none of its five nominations, Conclave won Best Screenplay)."""
from __future__ import annotations

import reelcheck

BEFORE = "Conclave reached cinemas in the autumn. "


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.text.startswith("it ")]


def test_the_pronoun_is_the_later_subject_not_the_earlier_film(default_kb):
    got = counts(BEFORE + "At the Golden Globes, where it came away with nothing, Anora was "
                 "still the film to beat.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Anora" in got[0].explanation


def test_a_wrong_count_is_refuted_for_the_later_subject(default_kb):
    got = counts(BEFORE + "At the Golden Globes, where it collected three trophies, Anora "
                 "was still the film to beat.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Anora" in got[0].explanation
