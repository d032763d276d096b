"""A number on a duration's unit ("three days", "3 months") counts that unit, though the tagger
reads the phrase as a date: a clause whose number agrees with a note's number on another unit
is not what the note says. Sentences are written for these tests; the note is the default
KB's (the home-invasion sequence took 8 days to shoot and about 3 months to edit)."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def verdicts(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c.verdict for c in r.claims if c.start >= len(LEAD)]


@pytest.mark.parametrize("text", [
    "The home-invasion sequence took three days to shoot.",
    "The home-invasion sequence took eight months to edit.",
])
def test_the_number_on_another_unit_is_not_the_notes(text, default_kb):
    assert "supported" not in verdicts(text, default_kb), text


@pytest.mark.parametrize("text", [
    "The home-invasion sequence took eight days to shoot.",
    "The home-invasion sequence took about three months to edit.",
])
def test_the_number_on_its_unit_is_the_notes(text, default_kb):
    assert verdicts(text, default_kb) == ["supported"], text
