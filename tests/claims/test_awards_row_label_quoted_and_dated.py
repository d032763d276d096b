"""A list row whose label is a title set in quotes or dated in brackets ('"Titanic" (1997) -
11 Oscars, including ...'): the row's counted prizes are the titled film's, as in the bare
'Titanic - 11 Oscars' (claims/frames.py `_row_label`). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.category in ("award", "count")]


def test_a_dated_row_counts_the_titled_films_prizes(default_kb):
    assert verdicts("Anora (2024) \u2014 5 Oscars", default_kb) == ["supported"]
    assert verdicts("Anora (2024) \u2014 6 Oscars", default_kb) == ["refuted"]
    assert verdicts("Nomadland (2020) \u2014 3 Oscars", default_kb) == ["supported"]
    assert verdicts("Nomadland (2020) \u2014 4 Oscars", default_kb) == ["refuted"]


def test_a_quoted_dated_row_reads_its_listed_categories(default_kb):
    assert verdicts('"Titanic" (1997) \u2014 11 Oscars, including Best Director (James Cameron)',
                    default_kb) == ["supported", "supported"]
    assert "refuted" in verdicts(
        '"Titanic" (1997) \u2014 11 Oscars, including Best Actress (Kate Winslet)', default_kb)
    assert verdicts('"Parasite" (2019) \u2013 5 Oscars, 6 nominations', default_kb)[0] == "refuted"
