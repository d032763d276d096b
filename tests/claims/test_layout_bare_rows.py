"""A list's row of bare names ("Sean Baker, Anora", "3. Grace Kelly - The Country Girl (1955)",
"2019 | Parasite | Bong Joon Ho") states a win of what the headings over its list name: the
category line right above it at the night the list's heading names, the one prize the heading
names dated by the row's year, or any prize of the heading's night. A heading that speaks of no
winners, or of nominees too, or names two prizes, leaves its rows unread; a second row under
one category line is a nominee. Before, such rows made no claim at all (the sentence was not
even parsed: it holds no relation word).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict) for c in r.claims if c.category == "award"]


def _verdict(got, words):
    vs = {v for t, v in got if words in t}
    assert len(vs) == 1, (words, got)
    return vs.pop()


def test_rows_under_category_lines_of_a_winners_list(default_kb):
    text = ("Who won what at the 97th Academy Awards\n\n"
            "Best Director\nBrady Corbet, The Brutalist\n\n"
            "Best Actor\nAdrien Brody, The Brutalist\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Brady Corbet") == "refuted"
    assert _verdict(got, "Adrien Brody") == "supported"


def test_ranked_rows_under_a_heading_of_one_prize_dated_by_their_year(default_kb):
    text = ("Winners of the Oscar for Best Actress who were under 25\n\n"
            "1. Marlee Matlin - Children of a Lesser God (1987)\n"
            "2. Jennifer Lawrence - American Hustle (2013)\n"
            "3. Audrey Hepburn - Roman Holiday (1954)\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Marlee Matlin") == "supported"
    assert _verdict(got, "Jennifer Lawrence") == "refuted"
    assert _verdict(got, "Audrey Hepburn") == "supported"


def test_table_rows_with_bars(default_kb):
    text = ("Palme d'Or winners, a table\n\n"
            "Year | Film | Director\n"
            "2018 | Shoplifters | Hirokazu Kore-eda\n"
            "2022 | Titane | Julia Ducournau\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Shoplifters") == "supported"
    assert _verdict(got, "Titane") == "refuted"


def test_bulleted_rows_under_a_night_with_no_prize_named(default_kb):
    text = ("The acting winners at the 95th Academy Awards\n"
            "- Brendan Fraser, The Whale\n- Austin Butler, Elvis\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Brendan Fraser") == "supported"
    assert _verdict(got, "Austin Butler") == "refuted"


def test_rows_under_no_winners_heading_are_not_read(default_kb):
    for heading in ("Nominated for Best Actress at the 97th Academy Awards",
                    "Best Actress at the 97th Academy Awards: winners and nominees",
                    "Our favourite performances of the 97th Academy Awards"):
        text = heading + "\n\nDemi Moore, The Substance\nCynthia Erivo, Wicked\n"
        assert _awards(text, default_kb) == [], heading
    text = ("The Best Actress winner at the 97th Academy Awards\n\n"
            "Demi Moore, The Substance\n")
    assert [v for _, v in _awards(text, default_kb)] == ["refuted"]


def test_a_second_row_under_one_category_line_is_no_win(default_kb):
    text = ("Who won what at the 96th Academy Awards\n\n"
            "Best Actress\nEmma Stone (Poor Things)\nLily Gladstone (Killers of the Flower Moon)\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Emma Stone") == "supported"
    assert not any("Gladstone" in t for t, _ in got)


def test_a_heading_of_two_prizes_names_none_for_its_rows(default_kb):
    text = ("Films that won both the Palme d'Or and Best Picture\n\n"
            "1. Marty (1956)\n2. Parasite (2020)\n")
    assert not any(v == "refuted" for _, v in _awards(text, default_kb))
    text = "Films that won the Palme d'Or\n\n1. Marty (1955)\n2. Parasite (2019)\n"
    assert [v for _, v in _awards(text, default_kb)] == ["supported", "supported"]


def test_a_category_line_may_say_where_and_a_heading_may_give_its_year(default_kb):
    text = "Best Director, 97th Academy Awards\nWinner: James Mangold\n"
    assert [v for _, v in _awards(text, default_kb)] == ["refuted"]
    text = "Best Actress at the 97th Academy Awards. Winner: Mikey Madison (Anora)."
    assert [v for _, v in _awards(text, default_kb)] == ["supported"]
    text = "Palme d'Or, 2024: The Substance, by Coralie Fargeat."
    assert [v for _, v in _awards(text, default_kb)] == ["refuted"]


def test_the_row_marked_winner_among_nominees_under_a_category_line(default_kb):
    text = ("Oscars 2025: every nominee and winner\n\nBest Actor\n"
            "Timothée Chalamet, A Complete Unknown\nAdrien Brody, The Brutalist (winner)\n\n"
            "Best Actress\nMikey Madison, Anora\nDemi Moore, The Substance - WINNER\n")
    got = _awards(text, default_kb)
    assert _verdict(got, "Adrien Brody") == "supported"
    assert _verdict(got, "Demi Moore") == "refuted"
    assert not any("Chalamet" in t or "Madison" in t for t, _ in got)
    # with no night named over the list, the mark says nothing checkable
    text = "Best Actress\nMikey Madison, Anora\nDemi Moore, The Substance - WINNER\n"
    assert _awards(text, default_kb) == []
