"""A "one" set under an inclusion word after a count ("six nominations, including one for
X", "among them one for X") is one of the prizes counted, not a count of its own: the count is
judged alone, and what the item's 'for' phrase names is judged too -- a person must hold one
of the counted prizes (claims/awards/ _count_item, verify/awards.py _count_items), a
category is its own claim, in its own words. Sentences written for these tests; the facts are
the default KB's 97th Academy Awards."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import awards


def told(text, kb):
    return [(c.category, c.text, c.verdict) for c in awards(text, kb)]


@pytest.mark.parametrize("text, said", [
    ("Anora collected six nominations, including one for Yura Borisov.", "six nominations"),
    ("Anora took five Oscars on the night, including one for Mikey Madison.",
     "Anora took five Oscars"),
])
def test_an_item_held_by_a_counted_person_leaves_the_count_supported(default_kb, text, said):
    assert told(text, default_kb) == [("count", said, "supported")]


def test_an_item_for_someone_the_counted_prizes_do_not_name_stays_open(default_kb):
    # the count holds, the item does not: never a support, and no refute of a right count
    got = awards("Anora took five Oscars on the night, including one for Demi Moore.",
                 default_kb)
    assert [(c.category, c.verdict) for c in got] == [("count", "not_enough_info")]
    assert "Demi Moore" in got[0].explanation


def test_an_item_for_a_category_is_its_own_claim_in_its_own_words(default_kb):
    assert told("The Brutalist went home with three Oscars, including one for best actress.",
                default_kb) == [
        ("count", "The Brutalist went home with three Oscars", "supported"),
        ("award", "best actress", "refuted")]
    assert told("Anora collected six nominations, including one for best supporting actor.",
                default_kb) == [("count", "six nominations", "supported"),
                                ("award", "best supporting actor", "supported")]


def test_a_count_of_several_included_is_still_a_count_the_kb_cannot_check(default_kb):
    got = awards("Anora took five Oscars on the night, including two for Sean Baker.",
                 default_kb)
    assert [c.verdict for c in got if c.category == "count"][0] == "not_enough_info"
