"""A cast verb coordinated with another verb of the clause shares its film subject: "Anora
premiered at Cannes and stars A and B", "was written by X and features A", and "is directed by
X and stars A" where the parser makes "stars" a compound of the name (claims/cast.py
`_shared_subject`). Sentences written for these tests; the casts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def members(text, kb):
    return [(c.slots.get("subject"), c.slots.get("work"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast" and c.predicate == "notable_work"]


@pytest.mark.parametrize("text, people", [
    ("Anora premiered at Cannes and stars Mikey Madison and Yura Borisov.",
     ["mikey-madison", "yura-borisov"]),
    ("Anora was written by Sean Baker and features Yura Borisov.", ["yura-borisov"]),
    ("Anora is directed by Sean Baker and stars Mikey Madison.", ["mikey-madison"]),
])
def test_a_coordinated_cast_verb_takes_the_clause_s_film(default_kb, text, people):
    assert members(text, default_kb) == [(x, "anora-2024-film", "supported") for x in people]


def test_another_film_s_shared_subject_does_not_confirm(default_kb):
    assert members("Tangerine premiered at Sundance and stars Mikey Madison.", default_kb) == [
        ("mikey-madison", "tangerine", "not_enough_info")]
