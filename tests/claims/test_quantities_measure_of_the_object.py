"""A measure on the object of a verb whose subject is a film is the object's: another film,
not the subject. Sentences are written for these tests; the facts are the default KB's
(Anora's reported budget is $6 million)."""
from __future__ import annotations

import reelcheck


def budgets(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "budget"]


def test_the_object_measured_is_another_film(default_kb):
    text = ("Anora is set in Brooklyn. That autumn the little film outlasted a $40 million "
            "drama at the multiplex.")
    assert not [c for c in budgets(text, default_kb) if c.verdict == "refuted"]


def test_a_person_making_a_measured_film_still_states_its_budget(default_kb):
    text = "Anora is set in Brooklyn. Sean Baker made a $40 million film about a dancer."
    assert [c.verdict for c in budgets(text, default_kb)] == ["refuted"]
