"""A film that "converted" its nominations won them: "converted five of its six nominations
(into wins)", "picked up six nominations and converted five" count wins out of a pool as "won
five of its six" does (lexicon relation `win`, cue `convert`). A conversion with no prize or
count in it states nothing. Sentences written for these tests; the facts are the default KB's
97th Academy Awards."""
from __future__ import annotations

import pytest

import reelcheck
from tests.helpers.award_claims import awards


@pytest.mark.parametrize("text, verdict", [
    ("Anora converted five of its six Oscar nominations into wins.", "supported"),
    ("Anora converted four of its six Oscar nominations into wins.", "refuted"),
])
def test_converted_nominations_are_won_out_of_the_pool(default_kb, text, verdict):
    got = [c for c in awards(text, default_kb) if c.category == "count"]
    assert [c.verdict for c in got] == [verdict]
    assert "Anora won 5 Oscars" in got[0].explanation


def test_a_bare_count_after_the_nominations_is_the_wins(default_kb):
    got = awards("Anora picked up six Oscar nominations and converted five.", default_kb)
    assert [(c.slots.get("polarity"), c.slots.get("count"), c.verdict) for c in got] == [
        ("nominated", 6, "supported"), ("won", 5, "supported")]


def test_a_conversion_with_no_prize_states_no_win(default_kb):
    r = reelcheck.check("Sean Baker converted an old storefront into an office.", kb=default_kb)
    assert [c for c in r.claims if c.category in ("award", "count")] == []
