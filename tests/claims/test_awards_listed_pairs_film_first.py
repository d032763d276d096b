"""'The winners included A for Best Picture and B for Best Actor': a winners' list that opens
with a film, each item with its own "for" (claims/awards/ `_listed_pairs`, which read only
lists opening with a person). Every item is a win of its own with its own prize; before,
the second item was read as a work of the first. Sentences are written for these tests;
the facts are the default KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def test_each_item_of_a_film_first_list_is_its_own_win(default_kb):
    got = awards("The 97th Academy Awards winners included Anora for Best Picture and Adrien "
                 "Brody for Best Actor.", default_kb)
    said = " ".join(c.explanation for c in got)
    assert [c.verdict for c in got] == ["supported"], said
    assert "Adrien Brody won the Academy Award for Best Actor" in said, said


def test_a_wrong_item_is_refuted_on_its_own_prize(default_kb):
    got = awards("The 97th Academy Awards winners included Anora for Best Picture and Adrien "
                 "Brody for Best Director.", default_kb)
    said = " ".join(c.explanation for c in got)
    assert [c.verdict for c in got] == ["refuted"], said
    assert "Sean Baker" in said, said
