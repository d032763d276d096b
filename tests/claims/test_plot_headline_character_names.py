"""A headline's capitals can hide a character's name from the linker ("Vanya Drives Ani Home"):
the capitalised word that is exactly a KB character's name still names that character, and a
note telling another character's deed does not say the clause (claims/statements.py
`_unlinked_characters`). Sentences are written for these tests; the KB's ending has Igor drive
Ani home and return her ring."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Anora Ending Explained: Vanya Drives Ani Home And Returns Her Ring",
    "Anora Ending Explained: Garnick Drives Ani Home",
    "Spoilers Ahead: Toros Returns Ani's Wedding Ring In The Final Scene",
])
def test_another_characters_deed_in_a_headline_is_not_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got


def test_the_ending_in_a_headline_with_its_own_doer_is_supported(default_kb):
    got = plot_readings("Anora Ending Explained: Igor Drives Ani Home And Returns Her Ring",
                        default_kb)
    assert supported_texts(got), got
