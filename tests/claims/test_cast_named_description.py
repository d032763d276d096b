"""A common noun given its name by a participle ("a waitress named Ani", "an escort called
Ani") is the character named: the cast verb pairs its actor with that character, and what the
noun and its modifiers say (a trade, an age, a home) is said of that character, each checked
against the KB or left open (parse.Parsed.given_name). Sentences are written for these tests;
in the KB's story Ani is a 23-year-old stripper and escort from Brighton Beach, played by
Mikey Madison."""
from __future__ import annotations

from story_claims import MAKER_LEAD, after_lead


def _claims(text, kb):
    return after_lead(text, kb, lambda c: True, MAKER_LEAD)


def test_the_named_character_is_the_part(default_kb):
    got = _claims("Mikey Madison plays a stripper called Ani.", default_kb)
    pair = [c for c in got if c.slots.get("kind") == "played_by"]
    assert pair and pair[0].slots["subject"] == "anora-mikheeva", got
    assert pair[0].verdict == "supported", got


def test_another_actor_in_the_named_part_is_refuted(default_kb):
    got = _claims("Yura Borisov plays a stripper named Ani.", default_kb)
    assert [c.verdict for c in got if c.category == "cast"] == ["refuted"], got


def test_an_age_on_the_named_noun_is_the_characters(default_kb):
    true = _claims("Mikey Madison stars as a 23-year-old escort named Ani.", default_kb)
    assert "supported" in [c.verdict for c in true] and \
        "refuted" not in [c.verdict for c in true], true
    wrong = _claims("Mikey Madison stars as a 29-year-old escort named Ani.", default_kb)
    assert "refuted" in [c.verdict for c in wrong], wrong


def test_a_trade_the_kb_does_not_tell_of_her_is_left_open(default_kb):
    got = _claims("Mikey Madison plays a Brighton Beach waitress named Ani.", default_kb)
    assert got and "supported" not in [c.verdict for c in got], got
    assert "refuted" not in [c.verdict for c in got], got


def test_a_home_on_the_named_noun_is_checked(default_kb):
    got = _claims("Mikey Madison plays a Brighton Beach stripper named Ani.", default_kb)
    plot = [c for c in got if c.category == "plot"]
    assert plot and all(c.verdict == "supported" for c in plot), got
