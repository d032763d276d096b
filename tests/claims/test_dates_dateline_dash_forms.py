"""A wire dateline with a day gives the day the piece was filed, never the day of the event
the lead tells. Two typed forms slipped past the reader and their day was taken for the
ceremony's, refuting a true lead: a dash typed as two hyphens ("LOS ANGELES, March 3, 2025 --")
and an agency's form with the day set off between two dashes ("LOS ANGELES (Reuters) - March 3,
2025 - "), whose place the paragraph reader had cut off. Sentences are written for these
tests; the facts are the default KB's (the 97th Academy Awards: Sunday, March 2, 2025)."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.claims.text import dateline_day, dateline_end

LEAD = "{} Sean Baker's Anora took Best Picture at the Academy Awards on Sunday night."


@pytest.mark.parametrize("dateline", [
    "HOLLYWOOD, March 3, 2025 --",
    "HOLLYWOOD (March 3, 2025) --",
    "HOLLYWOOD (Reuters) - March 3, 2025 -",
    "HOLLYWOOD (AP) - Mar. 4, 2025 -",
])
def test_the_filing_day_is_not_the_ceremony_day(default_kb, dateline):
    claims = reelcheck.check(LEAD.format(dateline), kb=default_kb).claims
    assert not [c for c in claims if c.verdict == "refuted"], \
        [(c.text, c.explanation) for c in claims]
    assert any(c.verdict == "supported" and c.category == "award" for c in claims)


def test_a_day_between_two_dashes_is_the_datelines():
    line = "HOLLYWOOD (Reuters) - March 3, 2025 - Anora won"
    assert line[dateline_end(line):] == "Anora won"
    assert dateline_day(line + ".").text == "March 3, 2025"
    line = "HOLLYWOOD (Reuters) - Anora won"
    assert line[dateline_end(line):] == "Anora won"
    assert dateline_day(line + ".") is None


def test_sunday_is_counted_from_the_filing_day(default_kb):
    # filed more than a week after the show: "Sunday" is no longer its day
    text = LEAD.format("HOLLYWOOD (Reuters) - March 17, 2025 -")
    claims = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in claims if c.verdict == "refuted"]
    dated = [c for c in claims if c.category == "date"]
    assert dated and all(c.verdict == "not_enough_info" for c in dated)
