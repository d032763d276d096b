"""A format said with "in" on a filming verb ("filmed in IMAX", "lensed in 35mm") is the format
the film was shot on, as "shot in" already was; "filmed in Brooklyn" names no format and stays
a place. Sentences written for these tests; facts from the default KB (Anora was shot, in full,
on 35mm film with anamorphic lenses)."""
from __future__ import annotations

import pytest

import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def formats(text, kb):
    return [c.verdict for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.predicate == "filming_format"]


@pytest.mark.parametrize("text, verdict", [
    ("Anora was filmed in 35mm.", "supported"),
    ("Anora was filmed in IMAX.", "refuted"),
    ("Anora was lensed in IMAX by Drew Daniels.", "refuted"),
])
def test_a_format_said_with_in(default_kb, text, verdict):
    assert formats(text, default_kb) == [verdict]


def test_a_place_said_with_in_is_no_format(default_kb):
    claims = reelcheck.check(LEAD + "Anora was filmed in Brooklyn.", kb=default_kb).claims
    assert [c.predicate for c in claims if c.start > len(LEAD)] == ["filming_location"]
