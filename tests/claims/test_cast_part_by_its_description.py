"""A part named by what the KB's description of it says ("the oligarch's son", "the club's
manager", "the Armenian priest") is that character (claims/context.py `described_character`,
used by claims/cast.py `_character`): the phrase's noun, or a noun of its sense, heads the
description and its other words are the description's. Such a reading only confirms (the story
may hold another part the KB does not describe); a bare noun ("the henchman"), a noun two
characters may be ("the dancer": a stripper or a dancer) or a word that is not the description's
head ("the oligarch", of "the son of a Russian oligarch") names no one. Sentences are written
for these tests; in the default KB Vanya, the son of a Russian oligarch, is played by Mark
Eydelshteyn, Jimmy, the club's manager, by Vincent Radwinsky, and Toros, an Armenian priest, by
Karren Karagulian."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def cast(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "cast", MAKER_LEAD)]


@pytest.mark.parametrize("text", [
    "The oligarch's son is played by Mark Eydelshteyn.",
    "The club's manager is played by Vincent Radwinsky.",
    "The Armenian priest is played by Karren Karagulian.",
])
def test_a_part_named_by_its_description_is_supported(text, default_kb):
    assert cast(text, default_kb) == ["supported"], text


@pytest.mark.parametrize("text", [
    "The oligarch's son is played by Yura Borisov.",
    "The club's manager is played by Mikey Madison.",
    "The Greek priest is played by Karren Karagulian.",
    "The oligarch is played by Aleksei Serebryakov.",
    "The club's dancer is played by Mikey Madison.",
])
def test_another_or_no_part_by_a_description_is_never_decided(text, default_kb):
    got = cast(text, default_kb)
    assert "supported" not in got and "refuted" not in got, (text, got)
