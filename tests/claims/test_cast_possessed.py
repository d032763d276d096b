"""A part owned by a name ("Madison's Ani", "Borisov's quiet Igor") is that player's when the name
is one of the cast of the part's film; a maker's ("Baker's Ani") or a character's ("Vanya's
Ani") says nothing of who plays it. Sentences are written for these tests; the facts are the
default KB's Anora cast."""
from __future__ import annotations

import pytest
import reelcheck

LEAD = "Anora is a 2024 film by Sean Baker. "


def cast(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c.verdict for c in r.claims if c.start >= len(LEAD) and c.category == "cast"]


@pytest.mark.parametrize("text", [
    "Madison's Ani is a force of nature.",
    "Borisov's quiet Igor is the film's heart.",
    "Eydelshteyn's Vanya is a spoiled brat.",
])
def test_a_players_part(text, default_kb):
    assert cast(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text", [
    "Borisov's Toros is a force of nature.",
    "Karagulian's Igor barks orders at everyone.",
    "Mikey Madison's Galina rules the house.",
])
def test_another_players_part(text, default_kb):
    assert cast(text, default_kb) == ["refuted"], text


@pytest.mark.parametrize("text", [
    "Baker's Ani is a survivor.",
    "Vanya's Ani is a mystery to his parents.",
])
def test_no_players_part(text, default_kb):
    assert cast(text, default_kb) == [], text
