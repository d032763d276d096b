"""Dated rows under a heading that names a category with no show ("Best Picture winners") are
wins of that category at the usual show, the Oscars, as a clause naming no show is read; a
heading naming another show, or no category, leaves the rows unread. Rows written for these
tests; the facts are the Oscar record in the default KB."""
from __future__ import annotations

import reelcheck


def rows(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_rows_under_a_bare_category_are_the_oscars(default_kb):
    got = rows("Best Picture winners of the decade\n\n2016: Spotlight\n2017: La La Land\n"
               "2018: The Shape of Water\n", default_kb)
    assert ("2016: Spotlight", "supported") in got
    assert ("2017: La La Land", "refuted") in got       # Moonlight won at the 89th
    assert ("2018: The Shape of Water", "supported") in got


def test_a_heading_with_no_category_reads_no_rows(default_kb):
    assert not rows("Films we loved this decade\n\n2016: Spotlight\n2017: La La Land\n",
                    default_kb)


def test_rows_that_name_the_winner_before_the_film(default_kb):
    # "2025: Demi Moore (The Substance)": Mikey Madison won at the 97th
    got = rows("Best Actress winners\n\n2024: Emma Stone (Poor Things)\n"
               "2025: Demi Moore (The Substance)\n", default_kb)
    verdicts = {t.split(":")[0]: v for t, v in got}
    assert verdicts == {"2024": "supported", "2025": "refuted"}
