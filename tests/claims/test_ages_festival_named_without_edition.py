"""A festival named without its edition in an age's clause ("was 22 when Anora premiered at
Cannes", "..., 22, walked the red carpet at Cannes in 2024") is the one edition the clause's
film showed at, or its year was held in: the age is checked there (the default KB holds Mark
Eydelshteyn's age at the 77th Cannes Film Festival: 22). Sentences written for these tests."""
from __future__ import annotations

import pytest
import reelcheck


def ages(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "age"]


@pytest.mark.parametrize("text,verdict", [
    ("Mark Eydelshteyn was 22 when Anora premiered at Cannes.", "supported"),
    ("Mark Eydelshteyn was 19 when Anora premiered at Cannes.", "refuted"),
    ("Mark Eydelshteyn, 22, walked the red carpet at Cannes in 2024.", "supported"),
    ("Mark Eydelshteyn, 18, walked the red carpet at Cannes in 2024.", "refuted"),
])
def test_the_edition_the_film_or_year_names(text, verdict, default_kb):
    got = ages(text, default_kb)
    assert [v for v, _e in got] == [verdict], got


def test_an_older_age_when_written_stays_open(default_kb):
    got = ages("Mark Eydelshteyn, 24, walked the red carpet at Cannes in 2024.", default_kb)
    assert "refuted" not in [v for v, _e in got], got
