"""A birthplace said of "he"/"she" whose antecedent is the subject of an earlier clause of the
same sentence ("X is a revelation; she was born in Y"): the resolver reads earlier sentences
only, so the locations reader takes that subject when its gender fits
(claims/locations.py _earlier_subject). Sentences written for these tests; "Jane Roe" is
invented."""
from __future__ import annotations

import pytest

import reelcheck


def places(text, kb):
    return [(c.slots.get("subject") or (c.subject.id if c.subject else None), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "location"]


@pytest.mark.parametrize("text, who, verdict", [
    ("The young Mikey Madison carries the film; she was born in Los Angeles.",
     "mikey-madison", "supported"),
    ("Darya Ekamasova barely speaks, but she was born in Los Angeles.",
     "darya-ekamasova", "refuted"),
    ("Sean Baker kept it local, since he was born in Summit, New Jersey.",
     "sean-baker", "supported"),
])
def test_the_subject_of_an_earlier_clause_is_the_pronoun_s_person(default_kb, text, who, verdict):
    assert (who, verdict) in places(text, default_kb)


@pytest.mark.parametrize("text", [
    "Sean Baker adores Mikey Madison; she was born in Moscow.",   # the subject is a man
    "Jane Roe adores Madison, and she was born in Moscow.",       # the subject is unknown
])
def test_a_subject_of_the_other_gender_or_unknown_is_never_refuted(default_kb, text):
    assert not any(v == "refuted" for _w, v in places(text, default_kb))
