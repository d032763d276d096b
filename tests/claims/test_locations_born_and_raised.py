"""A birthplace said through two coordinated verbs that share one place ("born and raised in
Los Angeles", "was born and grew up in ..."): the parser hangs the place on the second verb, so
the born cue reads the place of a verb joined to it right after by "and" when it has no phrase
of its own (claims/locations.py _shared_places). A cue with a phrase of its own ("born in 1999
and raised in ...") does not borrow the second verb's place. Sentences written for these
tests."""
from __future__ import annotations

import pytest

import reelcheck


def births(text, kb):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "place_of_birth"]


@pytest.mark.parametrize("text, place, verdict", [
    ("Mikey Madison was born and raised in Los Angeles.", "los-angeles", "supported"),
    ("Mikey Madison was born and raised in Miami.", "miami", "refuted"),
    ("Sean Baker was born and grew up in Summit, New Jersey.", "summit-new-jersey", "supported"),
    ("Darya Ekamasova, who was born and raised in Kazan, plays the mother.", "kazan", "refuted"),
])
def test_two_verbs_joined_by_and_share_the_place(default_kb, text, place, verdict):
    assert (place, verdict) in births(text, default_kb)


@pytest.mark.parametrize("text", [
    "Mikey Madison was born in 1999 and raised in Miami.",   # the cue has its own phrase
    "Mikey Madison was born, and later she moved to Miami.",
])
def test_a_cue_with_its_own_phrase_or_a_later_clause_borrows_nothing(default_kb, text):
    assert not any(v == "refuted" for _p, v in births(text, default_kb))
