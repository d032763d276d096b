"""'X, who was born in TOWN, REGION, on DATE, served ...': the parser hangs the date phrase on
the name when the relative clause ends in an apposition set off by commas; the comma after the
apposition closes it, not the clause, so the phrase is the clause's (claims/parse.py
`_phrases_after_a_relative_clause`). A phrase after a clause that ends otherwise ("X, who won
Y, in 1992, entered ...") stays the main verb's. Sentences are written for these tests; the
facts are the default KB's birth dates and Oscar record."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.slots.get("kind"), c.explanation)
            for c in reelcheck.check(text, kb=kb).claims]


def test_a_wrong_birth_date_after_a_set_off_region_is_refuted(default_kb):
    got = _claims("Gene Hackman, who was born in Riverside, California, on January 30, 1932, "
                  "served in the Marines.", default_kb)
    assert any(v == "refuted" and "1930" in e for v, _, e in got), got


def test_the_right_birth_date_there_is_supported(default_kb):
    got = _claims("Gene Hackman, who was born in Riverside, California, on January 30, 1930, "
                  "served in the Marines.", default_kb)
    assert any(v == "supported" and "1930" in e for v, _, e in got), got
    assert not any(v == "refuted" for v, _, _ in got), got


def test_a_year_after_a_clause_without_apposition_stays_the_main_verbs(default_kb):
    got = _claims("Glenda Jackson, who won the best actress Oscar for Women in Love, in 1992, "
                  "entered Parliament.", default_kb)
    assert not any(v == "refuted" for v, _, _ in got), got
