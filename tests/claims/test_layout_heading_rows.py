"""A row that opens with "Winner:" in place of its category takes the category from the heading
line right above it, at the show the list is of ("Best Actress" over "Winner: Jane Roe, Film",
under "The 92nd Academy Awards: the winners"). A heading that is no category, or a list of no
named show, leaves the row unread.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims
            if c.slots.get("kind") == "award"]


def test_a_winner_row_takes_the_category_of_the_heading_above_it(default_kb):
    text = ("Everyone who won at the 96th Academy Awards\n\n"
            "Best Supporting Actress\nWinner: Emily Blunt, Oppenheimer\n\n"
            "Best Supporting Actor\nWinner: Robert Downey Jr., Oppenheimer\n")
    got = _awards(text, default_kb)
    assert [v for _, v, _ in got] == ["refuted", "supported"]
    assert "Emily Blunt" in got[0][0] and "Randolph" in got[0][2]
    assert "Best Supporting Actor" in got[1][2]


def test_a_row_under_no_category_or_no_show_is_not_read(default_kb):
    text = "Best Supporting Actress\nWinner: Emily Blunt, Oppenheimer\n"
    assert _awards(text, default_kb) == []
    text = ("Everyone who won at the 96th Academy Awards\n\n"
            "Our favourite moments\nWinner: Emily Blunt, Oppenheimer\n")
    assert _awards(text, default_kb) == []


def test_dated_rows_under_a_heading_of_one_prize_s_winners(default_kb):
    text = ("Every Palme d'Or winner since 2018\n\n"
            "Cannes 2018 — Shoplifters, Hirokazu Kore-eda\n"
            "Cannes 2019 — Titane, Julia Ducournau\n"
            "2022: Triangle of Sadness\n")
    got = _awards(text, default_kb)
    assert [v for _, v, _ in got] == ["supported", "refuted", "supported"]
    assert "Parasite" in got[1][2] or "Bong Joon Ho" in got[1][2]


def test_dated_rows_under_a_heading_of_no_winners_are_not_read(default_kb):
    text = ("Palme d'Or contenders we loved\n\n"
            "Cannes 2019 — Titane, Julia Ducournau\n"
            "Cannes 2022 — Anora, Sean Baker\n")
    assert _awards(text, default_kb) == []


def test_a_heading_with_a_colon_is_no_row_and_a_dated_row_breaks_no_chain(default_kb):
    text = ("Palme d'Or winners: the recent years\n\n"
            "2019: Parasite (Bong Joon Ho)\n"
            "2021: Anatomy of a Fall (Justine Triet)\n")
    assert [v for _, v, _ in _awards(text, default_kb)] == ["supported", "refuted"]
    text = ("Everyone who won at the 96th Academy Awards\n\n"
            "Best Director\nWinner: Christopher Nolan, Oppenheimer (nominated before, in 2018)\n\n"
            "Best Actor\nWinner: Paul Giamatti, The Holdovers\n")
    got = _awards(text, default_kb)
    assert [v for s, v, _ in got if "Giamatti" in s] == ["refuted"]
