"""What a cast line says of the part beside its name is a slot the KB must tell
(claims/accounting.py: the "job" and "kin" slots). The nouns that place a description ("the son
of a Russian general", "the club's bouncer") must each be told by a KB text about the character,
not only its head noun; a description owned by a name or a noun ("the club's manager") is read
like one with an article; a tie is told by the character's KB description too ("Ani's friend at
the club"), and a tie may stand before the name ("Vanya's mother, Galina") or name its owner by
"of" ("the son of Toros"). Sentences are written for these tests; in the default KB Vanya is the
son of a Russian oligarch, Jimmy the club's manager, Lulu Ani's friend at the club, Galina
Vanya's mother and Garnick Toros's brother."""
from __future__ import annotations

import pytest
from story_claims import MAKER_LEAD, after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: True, MAKER_LEAD)]


@pytest.mark.parametrize("text", [
    "Mark Eydelshteyn plays Vanya, the son of a Russian oligarch.",
    "Vincent Radwinsky plays Jimmy, the club's manager.",
    "Luna Sofia Miranda plays Lulu, Ani's friend at the club.",
    "Darya Ekamasova plays Vanya's mother, Galina.",
    "Vache Tovmasyan plays Garnick, the brother of Toros.",
])
def test_a_part_described_as_the_kb_tells_it_is_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Mark Eydelshteyn plays Vanya, the son of a Russian general.",
    "Vincent Radwinsky plays Jimmy, the club's bouncer.",
    "Lindsey Normington plays Diamond, the club's manager.",
    "Luna Sofia Miranda plays Lulu, Vanya's friend at the club.",
    "Darya Ekamasova plays Ani's mother, Galina.",
    "Vache Tovmasyan plays Garnick, the son of Toros.",
])
def test_a_part_described_otherwise_is_left_open(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, (text, got)
