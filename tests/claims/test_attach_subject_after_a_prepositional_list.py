"""'... including Best Director for Sean Baker and Mikey Madison beat Demi Moore': the parser
joins the name after "and" to the object of a preposition down the first clause and leaves the
next verb with no subject. The name right before that verb is its subject alone; the name in
the first clause's phrase is not. Sentences written for these tests."""
from __future__ import annotations

from award_claims import awards


def _beat(text, kb):
    return [(c.slots.get("subject"), c.verdict) for c in awards(text, kb)
            if "beat" in c.text]


def test_the_name_before_the_verb_is_its_subject(default_kb):
    got = _beat("The night's big winner was Anora as the comedy took five Oscars, including Best "
                "Picture and Best Director for Sean Baker and Mikey Madison beat Demi Moore for "
                "Best Actress.", default_kb)
    assert got == [("mikey-madison", "supported")]


def test_a_wrong_winner_there_is_refuted_alone(default_kb):
    got = _beat("The night's big winner was Anora as the comedy took five Oscars, including Best "
                "Picture and Best Director for Sean Baker and Demi Moore beat Mikey Madison for "
                "Best Actress.", default_kb)
    assert got == [("demi-moore", "refuted")]
