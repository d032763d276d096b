"""A naming verb's prize may come with "as" ("the 96th Academy Awards crowned X as Best
Picture"): it is the category the win is checked in, never left out (which read the clause as
any win of that night). A naming subject that is no show the KB knows ("critics", an unknown
circle) gives a prize of its own, not the passage's show's. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_the_as_phrase_is_the_category(default_kb):
    # Barbie won only Best Original Song at the 96th; Best Picture went to Oppenheimer
    got = _wins("The 96th Academy Awards crowned Barbie as the best picture of the year.",
                default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = _wins("The 96th Academy Awards crowned Oppenheimer as the best picture of the year.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_spun_category_after_as_is_read_too(default_kb):
    got = _wins("The 96th Academy Awards crowned Barbie as the Finest Image of the year.",
                default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_critics_naming_a_film_give_no_oscar(default_kb):
    for text in ("Critics named Anora their best picture of 2024.",
                 "A circle of regional critics named Conclave as its best picture."):
        got = _wins(text, default_kb)
        assert [c.verdict for c in got if c.verdict != "not_enough_info"] == [], \
            [(c.text, c.explanation) for c in got]
