"""A pool a count is told out of that belongs to someone else -- "four of Anora's five
Oscars" or "four of the five Oscars that Anora won", said of Baker -- states that owner's
count of wins as well, judged in one row with the subject's count (claims/awards/
_pool_owner, _wins_pool). A pool of the owner's nominations stays the nomination noun's own
claim. Sentences written for these tests; the facts are the default KB's 97th Academy
Awards."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def counts(text, kb):
    return [c for c in awards(text, kb) if c.category == "count"]


@pytest.mark.parametrize("text", [
    "Sean Baker personally collected four of Anora's five Oscars.",
    "Sean Baker personally collected four of the five Oscars that Anora won.",
])
def test_the_pool_owner_s_wins_are_judged_with_the_count(default_kb, text):
    got = counts(text, default_kb)
    assert [(c.subject.id, c.slots.get("count"), c.verdict) for c in got] == [
        ("sean-baker", 4, "supported")]
    assert "Anora won 5 Oscars" in got[0].explanation


def test_a_wrong_count_of_the_owner_s_wins_is_refuted_in_the_row(default_kb):
    got = counts("Mikey Madison collected one of Anora's seven Oscars.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Anora won 5 Oscars at the 97th Academy Awards, not 7" in got[0].explanation


def test_a_pool_of_the_owner_s_nominations_is_the_noun_s_own_claim(default_kb):
    got = counts("Sean Baker won four of Anora's six nominations.", default_kb)
    assert ("anora-2024-film", "nominated", 6, "supported") in [
        (c.subject.id, c.slots.get("polarity"), c.slots.get("count"), c.verdict) for c in got]
