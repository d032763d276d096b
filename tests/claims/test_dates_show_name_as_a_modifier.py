"""A show's name that modifies a common noun naming no event of it ("its Oscar campaign", "an
Oscar push", "the Cannes buzz") does not make the clause's date the show's: "Neon launched its
Oscar campaign in May 2024" was refuted as the date of the Oscars held in 2024. The show's own
nouns ("the Oscar ceremony", "Oscar night") still date it. Sentences written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _dates(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("ceremony_date", "start_date", "end_date")]


@pytest.mark.parametrize("text", [
    "Neon launched its Oscar campaign in May 2024.",
    "The distributor planned an Oscar campaign for the comedy in May 2024.",
    "A24 mapped out a BAFTA strategy in June 2024.",
])
def test_a_show_name_modifying_another_noun_dates_no_edition(text, default_kb):
    assert _dates(text, default_kb) == []


@pytest.mark.parametrize("text,verdict", [
    ("The Oscar ceremony was held in March 2025.", "supported"),
    ("The Oscar ceremony was held in May 2024.", "refuted"),
])
def test_the_show_s_own_noun_still_dates_it(text, verdict, default_kb):
    got = _dates(text, default_kb)
    assert got and all(v == verdict for v, _ in got), got
