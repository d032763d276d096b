"""A day with no year said of a show named by its family alone ("the Critics Choice Awards,
initially slated for January 12", "the Oscars were held on March 2") is of the edition the
passage is about, when the piece gives no year to date it by (claims/dates.py
`_edition_at`): it may support, never refute, as a weekday alone already did; with no edition
in the passage, nothing is dated. Sentences are written for these tests; the facts are the
default KB's (the 30th Critics Choice Awards were first set for January 12, 2025; the 97th
Academy Awards were held on March 2, 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def dates(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


@pytest.mark.parametrize("text,verdicts", [
    ("Kieran Culkin won at the 30th Critics Choice Awards. The Critics Choice Awards, first "
     "set for January 12, were moved because of the fires.", ["supported"]),
    ("Kieran Culkin won at the 30th Critics Choice Awards. The Critics Choice Awards, first "
     "set for January 26, were moved because of the fires.", ["not_enough_info"]),
    ("Anora took Best Picture at the 97th Academy Awards. The Oscars were held on March 2.",
     ["supported"]),
    ("The Oscars were held on March 2.", []),
])
def test_a_day_of_no_year_is_of_the_passages_edition(text, verdicts, default_kb):
    assert dates(text, default_kb) == verdicts, text
