"""A gendered category phrase at a show whose labels say it otherwise: "Best Actress" at the
SAG Awards is its Outstanding Female Actor in a Leading Role, "Best Supporting Actor" at the
Spirit Awards its gender-neutral Best Supporting Performance (lexicon `categories.fallbacks`,
tried only when the phrase as said fits no category, and only a reading that fits one).
Sentences written for these tests; the facts are the default KB's (31st SAG Awards: Demi
Moore female lead, Madison nominated; 40th Spirit Awards: Madison lead performance, Kieran
Culkin supporting performance, Yura Borisov nominated)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_best_actress_at_the_actors_guild_is_its_female_lead_prize(default_kb):
    got = claims("Demi Moore went on to take Best Actress at the SAG Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Female Actor in a Leading Role" in got[0].explanation
    got = claims("Mikey Madison went on to take Best Actress at the SAG Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_gendered_categories_at_the_spirit_awards_are_its_neutral_ones(default_kb):
    got = claims("Kieran Culkin collected Best Supporting Actor at the Independent Spirit "
                 "Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Supporting Performance" in got[0].explanation
    got = claims("Mikey Madison collected Best Actress at the Independent Spirit Awards.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Lead Performance" in got[0].explanation


def test_best_ensemble_at_the_actors_guild_is_its_cast_prize(default_kb):
    got = claims("Conclave was handed Best Ensemble at the SAG Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "by a Cast" in got[0].explanation
    got = claims("Anora was handed Best Ensemble at the SAG Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
