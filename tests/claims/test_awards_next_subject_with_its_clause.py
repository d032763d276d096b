"""A second winner after "and" with a relative clause of its own ("X won A for B and Y, who
played Z, took C"): the parser joins Y to B and may hang Y's clause on an earlier noun, so the
verb after it took X for its subject. Y is that verb's subject, and the clause is Y's.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _of(text, kb, subject):
    return [(c.slots.get("award"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and c.slots.get("subject") == subject]


def test_the_clause_hung_on_the_prize_is_the_names(default_kb):
    text = ("At the 91st Academy Awards, Rami Malek won Best Actor for Bohemian Rhapsody and "
            "Olivia Colman, who played Queen Anne, took Best Actress for The Favourite.")
    # before: "took Best Actress" was Malek's, and refuted
    assert _of(text, default_kb, "rami-malek") == [("academy-award-for-best-actor",
                                                    "supported")]
    assert _of(text, default_kb, "olivia-colman") == [("academy-award-for-best-actress",
                                                       "supported")]
    text = text.replace("Olivia Colman", "Glenn Close")
    assert _of(text, default_kb, "rami-malek") == [("academy-award-for-best-actor",
                                                    "supported")]
    assert _of(text, default_kb, "glenn-close") == [("academy-award-for-best-actress",
                                                     "refuted")]


def test_no_comma_before_and_when_the_name_has_its_clause(default_kb):
    text = ("Brie Larson won Best Actress for Room at the 88th Academy Awards and Alicia "
            "Vikander, who was barely known then, picked up Best Supporting Actress for The "
            "Danish Girl.")
    assert _of(text, default_kb, "alicia-vikander") == [
        ("academy-award-for-best-supporting-actress", "supported")]
    assert _of(text, default_kb, "brie-larson") == [("academy-award-for-best-actress",
                                                     "supported")]
