"""A film said to be "in competition at" a festival (a copula and the section, no verb of
showing) is a screening there, in that section: the festival, its year and its section are
checked like those of "screened in competition at". Before, no claim was formed. "In
competition for the Palme" stays the awards' nomination. Sentences written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _festival(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


@pytest.mark.parametrize("text, expected", [
    ("Bong Joon Ho's Parasite was in competition at Cannes in 2019.", "supported"),
    ("Shoplifters was in competition at the 71st Cannes Film Festival.", "supported"),
    ("Anora was out of competition at Cannes.", "refuted"),
    ("Parasite was in competition at the 71st Cannes Film Festival.", "refuted"),
])
def test_a_film_in_competition_at_a_festival_screened_there(text, expected, default_kb):
    got = _festival(text, default_kb)
    assert got and all(v == expected for v in got), got
