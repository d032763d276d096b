"""Note matching (claims/statements.py): "all" before a noun of time (lexicon
plot.time_phrase_nouns: "all night", "all week") says how long something lasts, not that it
holds of every one, so it is no exclusive word the note must use too. "All" on anything else
still is. Sentences written for this test; the default KB's note: Ani and the henchmen search
Brooklyn for Vanya overnight."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts

from reelcheck.claims.statements import terms_of


def test_all_night_is_a_length_of_time():
    assert "all" not in terms_of("they searched all night").exclusive
    assert "all" in terms_of("all the henchmen searched").exclusive


def test_a_search_all_night(default_kb):
    got = plot_readings("Ani and the henchmen comb Brooklyn for Vanya all night.", default_kb)
    assert supported_texts(got), got


def test_all_of_the_people_is_still_exclusive(default_kb):
    got = plot_readings("All the henchmen search Brooklyn for Vanya overnight.", default_kb)
    assert not supported_texts(got), got
