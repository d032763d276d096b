"""A name set off by commas right after a description of someone ("its star", "the film's
lead") is who the description is, even where the parser hangs the name on the clause's verb
(claims/attach.py `_names_set_off_after_a_description`). Sentences are written for these
tests; the facts are the default KB's (Mikey Madison won Best Actress at the 97th Academy
Awards for Anora; Demi Moore was nominated there and lost)."""
from __future__ import annotations

import pytest

import reelcheck


def award_verdicts(text, kb):
    return [(c.verdict, c.subject.label if c.subject else None)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


@pytest.mark.parametrize("name,verdict", [("Mikey Madison", "supported"), ("Demi Moore", "refuted")])
def test_the_winner_is_the_name_set_off_after_the_description(name, verdict, default_kb):
    text = f"Anora won five Oscars, with Best Actress going to its star, {name}, in a surprising upset."
    assert award_verdicts(text, default_kb) == [(verdict, name)]


def test_the_mend_moves_the_name_and_leaves_a_subject_alone(default_kb):
    from reelcheck.claims.attach import _attach_low
    from reelcheck.nlp import parse
    doc = _attach_low(next(iter(parse([
        "Anora won five Oscars, with Best Actress going to its star, Mikey Madison, in a "
        "surprising upset."]))))
    name = next(t for t in doc if t.text == "Madison")
    assert (name.head.text, name.dep_) == ("star", "appos")
    # a name that is the next clause's subject keeps its verb
    doc = _attach_low(next(iter(parse(["After the ceremony, Mikey Madison thanked the cast."]))))
    assert next(t for t in doc if t.text == "Madison").head.lower_ == "thanked"
