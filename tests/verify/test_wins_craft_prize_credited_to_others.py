"""A craft's prize a film won is credited to the people the record names (verify/wins.py
`_credited_to_others`): its director, or anyone the sentence ties to the film, did not win
it when they are not among them and their own record at that ceremony is complete. Best
Picture and Best Director keep their own readings. Sentences written for reelcheck's tests."""
from __future__ import annotations

import pytest

from award_claims import all_verdicts as verdicts, check_row


@pytest.mark.parametrize("text,want", [
    # the director of the winning film is not its editor or cinematographer
    ("Christopher Nolan won the Oscar for Best Film Editing for Oppenheimer.", "refuted"),
    ("Christopher Nolan took home the Academy Award for Best Cinematography for Oppenheimer.",
     "refuted"),
    # a producer tied to the film did not win its editing prize
    ("Samantha Quan won the Oscar for Best Film Editing for Anora.", "refuted"),
    # the people the record names
    ("Sean Baker won the Oscar for Best Film Editing for Anora.", "supported"),
    ("Jennifer Lame won the Academy Award for Best Film Editing for Oppenheimer.", "supported"),
    ("Samantha Quan won the Oscar for Best Picture for Anora.", "supported"),
    ("Christopher Nolan won the Oscar for Best Director for Oppenheimer.", "supported"),
])
def test_a_craft_prize_is_its_credited_peoples(default_kb, text, want):
    got = verdicts(text, default_kb)
    check_row(got, want)
