"""A list's heading is a description of its rows ("Films that won both the Palme d'Or and Best
Picture", "Palme d'Or winners that were also nominated for Best Picture", "Every film to win
the Palme d'Or since 2010"): each prize it names under a cue of winning or nomination is a
claim of every bare row under it, the row's year dating only the prize of the heading's head
noun (or its one prize), and a time bound on that prize a slot every row must hold
(`AwardReader._heading_description`, `verify/decades.py`). Lists written for these tests, in
several registers, about facts the default KB holds (the Cannes top prize and the Academy's
record)."""
from __future__ import annotations

import reelcheck


def rows(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


BOTH = """The rare double: films that won both the Palme d'Or and Best Picture

Only a handful of movies have pulled off the feat. Here they are.

1. The Lost Weekend (1945)
2. Marty (1955)
3. Parasite (2019)
"""


def test_every_row_holds_both_prizes_the_heading_names(default_kb):
    got = rows(BOTH, default_kb)
    assert [v for v, _t in got] == ["supported"] * 3, got
    assert any("Marty" in t for _v, t in got)


def test_a_row_that_won_only_one_of_them_is_not_supported(default_kb):
    # Titane won the Palme d'Or but never Best Picture: which year of which prize the row's
    # year is, the heading does not say, so it is left open, never supported
    got = rows(BOTH.replace("Marty (1955)", "Titane (2021)"), default_kb)
    assert [v for v, t in got if "Titane" in t] == ["not_enough_info"], got
    assert "refuted" not in [v for v, _t in got]


NOMINATED = """Cannes to the Oscars: Palme d'Or winners that were also nominated for Best Picture

- MASH (1970)
- Taxi Driver (1976)
- The Pianist (2002)
- Anora (2024)
"""


def test_the_heading_noun_dates_its_own_prize_and_the_clause_adds_a_nomination(default_kb):
    got = rows(NOMINATED, default_kb)
    assert [v for v, _t in got] == ["supported"] * 4, got
    # the row's year is the Palme d'Or's: a wrong one refutes the row
    got = rows(NOMINATED.replace("Taxi Driver (1976)", "Taxi Driver (1979)"), default_kb)
    assert [v for v, t in got if "Taxi Driver" in t] == ["refuted"], got


SINCE = """Every Palme d'Or winner since 2010, ranked

3. The Square - Ruben Östlund, 2017
2. Shoplifters - Hirokazu Kore-eda, 2018
1. Parasite - Bong Joon Ho, 2019
"""


def test_a_row_outside_the_headings_time_bound_is_refuted(default_kb):
    assert [v for v, _t in rows(SINCE, default_kb)] == ["supported"] * 3
    got = rows(SINCE.replace("The Square - Ruben Östlund, 2017",
                             "The Pianist - Roman Polanski, 2002"), default_kb)
    assert [v for v, t in got if "Pianist" in t] == ["refuted"], got


def test_a_bound_on_a_prize_named_by_its_verb(default_kb):
    text = ("Every film to win the Palme d'Or since 2000\n\n* Elephant (2003)\n"
            "* Fahrenheit 9/11 (2004)\n* Pulp Fiction (1994)\n")
    got = rows(text, default_kb)
    assert [v for v, _t in got] == ["supported", "supported", "refuted"], got
    # (a heading that asserts no win reads no rows as its prize's)
    for heading in ("Palme d'Or winners that never won Best Picture",
                    "Films that should have won Best Picture"):
        got = rows(f"{heading}\n\n- Titane (2021)\n- Shoplifters (2018)\n", default_kb)
        assert "refuted" not in [v for v, _t in got], (heading, got)
        assert not any("Best Picture" in t for _v, t in got)
