"""A count followed by its items, "won three X: the first for A, the second for B, and the
third for C, which ... in 2021": each item is a win of its own with its own work, and a year
inside a relative clause on one item's film is that clause's, never an item's. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and c.slots.get("subject") in (
                "hilary-swank", "sally-field", "meryl-streep")]


def test_a_year_in_the_last_items_clause_stays_there(default_kb):
    # before: "the second ... and the third for Million Dollar Baby, which ... in 2005" was one
    # item, with the year of the clause on Million Dollar Baby
    text = ("Hilary Swank won two Oscars for Best Actress: the first for Boys Don't Cry, "
            "and the second for Million Dollar Baby, which Clint Eastwood also directed to "
            "Best Picture in 2005.")
    got = wins(text, default_kb)
    items = [c for c in got if c.slots.get("count") is None]
    assert [c.text for c in items] == ["first for Boys Don't Cry",
                                       "second for Million Dollar Baby"]
    assert all(c.verdict == "supported" for c in items)
    assert all(c.slots.get("year") is None for c in items)


def test_three_items_after_a_colon_are_three_wins(default_kb):
    text = ("Meryl Streep has won three Oscars: the first for Kramer vs. Kramer, the second for "
            "Sophie's Choice, and the third for The Iron Lady.")
    got = wins(text, default_kb)
    items = [c for c in got if c.slots.get("count") is None]
    assert [(c.text, c.verdict) for c in items] == [
        ("first for Kramer vs. Kramer", "supported"), ("second for Sophie's Choice", "supported"),
        ("third for The Iron Lady", "supported")]
    # a wrong film for the second is that item's alone
    got = wins(text.replace("Sophie's Choice", "Out of Africa"), default_kb)
    items = [c for c in got if c.slots.get("count") is None]
    assert [c.verdict for c in items][::2] == ["supported", "supported"]
    assert items[1].text == "second for Out of Africa" and items[1].verdict != "supported"


def test_a_year_of_another_items_clause_refutes_nothing(default_kb):
    # the item of the second win names no year; the 1980 of the first item's clause is not its
    text = ("Sally Field won two Oscars for Best Actress: the first for Norma Rae, which she "
            "made in 1979, the second for Places in the Heart, which opened in 1984.")
    got = wins(text, default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert [c.text for c in got if c.slots.get("count") is None] == [
        "first for Norma Rae", "second for Places in the Heart"]


def test_the_first_items_night_is_not_the_counts(default_kb):
    # before: the count took the first item's "48th" and was refuted (three Oscars in all,
    # not three that night); each item is its own win, the count counts them all
    text = ("Jack Nicholson has won three Academy Awards: the first for One Flew Over the "
            "Cuckoo's Nest at the 48th Academy Awards, the second for Terms of Endearment, for "
            "which James L. Brooks also won Best Director, and the third for As Good as It "
            "Gets, which also won Best Actress for Helen Hunt in 1998.")
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.slots.get("subject") == "jack-nicholson"]
    assert not [c for c in got if c.verdict == "refuted"]
    assert [(c.text, c.verdict) for c in got if c.slots.get("count") is None] == [
        ("first for One Flew Over the Cuckoo's Nest at the 48th Academy Awards", "supported"),
        ("second for Terms of Endearment", "supported"),
        ("third for As Good as It Gets", "supported")]
    assert [c.slots.get("ceremony") for c in got if c.slots.get("count") == 3] == [None]
