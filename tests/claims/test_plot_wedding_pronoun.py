"""Who a pronoun in a wedding stands for: when nothing before it in its sentence may be what it
means, the people the sentence before it (in the paragraph) has as its subject (claims/plot.py
`_pronoun_people`): a character for "he"/"she", names joined or a kin noun of a character for
"they". Another pair's wedding is not the story's couple's: neither its place nor its match
says anything of theirs (not_enough_info, never refuted or supported). Sentences are written
for these tests; the facts are the default KB's (in Anora, Ani and Vanya marry in Las Vegas;
Nikolai and Galina are Vanya's parents; Toros is his godfather)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text", [
    "Ani meets Vanya at the club. Vanya's mother and father are strict. They wed in Saint "
    "Petersburg decades earlier.",
    "Ani meets Vanya at the club. Vanya's parents are strict. They got married long ago.",
    "Ani meets Vanya at the club. Toros is a family man. He was married in Yerevan.",
])
def test_another_pairs_wedding_is_left_open(text, default_kb):
    got = verdicts(text, default_kb)
    assert got == ["not_enough_info"], (text, got)


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. Ani and Vanya fall hard. They wed in Reno.", "refuted"),
    ("Ani meets Vanya at the club. Vanya adores Ani. He marries her in Reno.", "refuted"),
    ("Ani meets Vanya at the club. Ani and Vanya fall hard. They wed in Las Vegas.",
     "supported"),
])
def test_the_couples_own_wedding_is_still_judged(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text
