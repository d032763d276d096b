"""A credit whose title follows a director's possessive ("appeared in Quentin Tarantino's Once
Upon a Time in Hollywood"): when the parser splits a long title off, the possessor is left as
the preposition's object in the title's place; the credit is the title's
(claims/filmography.py _possessor_before). Sentences written for these tests; "Jane Roe" is
invented."""
from __future__ import annotations

import pytest

import reelcheck


def credits(text, kb):
    return [(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


@pytest.mark.parametrize("text, who", [
    ("Before Anora, Mikey Madison turned up in Quentin Tarantino's Once Upon a Time in Hollywood.",
     "mikey-madison"),
    ("Brad Pitt had a starring turn in Quentin Tarantino's Once Upon a Time in Hollywood.",
     "brad-pitt"),
])
def test_a_title_after_a_possessive_is_the_credit(default_kb, text, who):
    assert (who, "supported") in credits(text, default_kb)


def test_a_person_the_kb_lacks_is_never_refuted(default_kb):
    assert not any(v == "refuted" for _w, v in credits(
        "Jane Roe appeared in Quentin Tarantino's Once Upon a Time in Hollywood.", default_kb))
