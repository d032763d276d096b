"""Whom "he" stands for when the latest sentence's subject is a person the KB gives no gender
(a composer, a director): that subject, over a man named only in an earlier paragraph; but a
man named in this paragraph still wins (claims/context.py `Resolver.person`). Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def count_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_count"]


def test_he_is_the_latest_subject_over_a_man_of_an_earlier_paragraph(default_kb):
    text = ("Anthony Hopkins took best actor for The Father at the 93rd Academy Awards.\n\n"
            "The composer John Williams has 54 Oscar nominations to his name. He has won five.")
    got = count_claims(text, default_kb)
    assert [(c.subject.id, c.verdict) for c in got if "He has" in c.text] == [
        ("john-williams", "supported")], [(c.text, c.explanation) for c in got]


def test_a_subject_noun_with_a_name_in_apposition_is_that_person(default_kb):
    text = ("Anthony Hopkins took best actor for The Father at the 93rd Academy Awards.\n\n"
            "The composer John Williams has 54 Oscar nominations to his name. He has won two.")
    got = [c for c in count_claims(text, default_kb) if "He has" in c.text]
    # read as Williams (whose five wins it contradicts); Hopkins, a paragraph up, may still
    # be meant, so it is a reading that never refutes
    assert [(c.subject.id, c.verdict) for c in got] == [("john-williams", "not_enough_info")], [
        (c.text, c.explanation) for c in got]

