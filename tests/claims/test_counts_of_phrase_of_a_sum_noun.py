"""A count in the 'of' phrase of a noun that only sums it ("Anora's haul of five Oscars",
"the film's tally of six nominations") is its owner's count, as when the count is set before
the noun ("its five-Oscar haul"): the sum's possessor owns the prizes (claims/awards/
_possessed) and the relation noun takes the sum's owner and verb (claims/frames.py
_noun_frame). Sentences written for these tests; the facts are the default KB's 97th Academy
Awards."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def counts(text, kb):
    return [(c.subject.id if c.subject else None, c.slots.get("count"), c.verdict)
            for c in awards(text, kb) if c.category == "count"]


@pytest.mark.parametrize("text, n, verdict", [
    ("Anora's haul of five Oscars made Neon's spring.", 5, "supported"),
    ("Anora's haul of four Oscars made Neon's spring.", 4, "refuted"),
    ("Anora's tally of six nominations at the 97th Academy Awards trailed Emilia Pérez.", 6,
     "supported"),
])
def test_the_owner_of_a_sum_owns_the_count_in_its_of_phrase(default_kb, text, n, verdict):
    assert counts(text, default_kb) == [("anora-2024-film", n, verdict)]


def test_a_sum_owned_by_no_one_the_kb_knows_decides_nothing(default_kb):
    assert [v for _s, _n, v in counts("Jane Roeblatt's haul of five Oscars made Neon's spring.",
                                      default_kb)] in ([], ["not_enough_info"])
