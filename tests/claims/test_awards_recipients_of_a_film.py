"""Who received a prize a film brought (claims/frames.py): "A earned X and Y the Oscar for Z"
reads every joined name as a recipient, the prize set beside the last of them
(`_double_object`); and "..., and From Here to Eternity earned X Best Film Editing" takes the
title that opens the second clause, which the parser read as a prepositional phrase of
common words, for that clause's subject (`_titled_opener`), not the first clause's film.
Sentences written for reelcheck's tests."""
from __future__ import annotations

import pytest

from award_claims import all_verdicts as verdicts, check_row


@pytest.mark.parametrize("text,want", [
    ("Anora earned Sean Baker and Samantha Quan the Oscar for Best Picture.", "supported"),
    # Samantha Quan is no editor of Anora
    ("Anora earned Sean Baker and Samantha Quan the Oscar for Best Film Editing.", "refuted"),
    ("Anora earned Samantha Quan and Sean Baker the Oscar for Best Film Editing.", "refuted"),
])
def test_every_joined_recipient_is_read(default_kb, text, want):
    got = verdicts(text, default_kb)
    check_row(got, want)


@pytest.mark.parametrize("text", [
    "The Hurt Locker earned Mark Boal the Oscar for Best Original Screenplay in 2010, and "
    "From Here to Eternity earned William Lyon Best Film Editing in 1954.",
    "Anora won Best Picture in 2025, and From Here to Eternity won Best Picture in 1954.",
])
def test_a_title_of_common_words_opens_its_own_clause(default_kb, text):
    got = verdicts(text, default_kb)
    assert got.count("supported") == 2 and "refuted" not in got, got
