"""A tally written as one hyphenated word ("went 7-for-13", "a perfect 11-for-11", "0-for-11")
is read as "went 7 for 13": the tokenizer splits the tail it leaves joined ("for-13",
nlp.py `_hyphen_tallies`), and a tally may modify the verb's object ("had a 7-for-11 night",
"finished its night 7-for-13": frames.py `tally_pair`), which is then no mere span of time.
Sentences written for reelcheck's tests."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.nlp import nlp

from award_claims import all_verdicts as verdicts, check_row


@pytest.mark.parametrize("text,want", [
    ("Oppenheimer went 7-for-13 at the 96th Academy Awards.", "supported"),
    ("Oppenheimer went 6-for-13 at the 96th Academy Awards.", "refuted"),
    ("The Return of the King went a perfect 11-for-11 at the Oscars.", "supported"),
    ("The Return of the King went a perfect 12-for-12 at the Oscars.", "refuted"),
    ("The Color Purple went 0-for-11 at the Academy Awards.", "supported"),
    ("The Color Purple went 0-for-10 at the Academy Awards.", "refuted"),
    ("Everything Everywhere All at Once had a 7-for-11 night at the Academy Awards.",
     "supported"),
    ("Everything Everywhere All at Once had a 7-for-10 night at the Academy Awards.",
     "refuted"),
    ("Oppenheimer finished its night 7-for-13 at the 96th Academy Awards.", "supported"),
    ("Oppenheimer finished its night 8-for-13 at the 96th Academy Awards.", "refuted"),
])
def test_a_hyphenated_tally(default_kb, text, want):
    got = verdicts(text, default_kb)
    check_row(got, want)


def test_the_split_keeps_the_text_and_other_hyphens():
    doc = nlp()("It went 7-for-13 in the mid-1990s, a COVID-19 era film.")
    assert doc.text == "It went 7-for-13 in the mid-1990s, a COVID-19 era film."
    words = [t.text for t in doc]
    assert words[2:7] == ["7", "-", "for", "-", "13"], words
    assert "for-13" not in words


def test_a_night_without_a_tally_is_still_no_win(default_kb):
    assert verdicts("Anora had a big night at the Oscars.", default_kb) == []


@pytest.mark.parametrize("text,want", [
    # none won out of a pool of nominations: the pool is a count of the nominations
    ("The Color Purple went home empty-handed from 11 Oscar nominations.", "supported"),
    ("The Color Purple went home empty-handed from 12 Oscar nominations.", "refuted"),
    ("The Turning Point walked away empty-handed from its 11 nominations at the Academy "
     "Awards.", "supported"),
    ("The Turning Point walked away empty-handed from its 10 nominations at the Academy "
     "Awards.", "refuted"),
])
def test_empty_handed_from_a_count_of_nominations(default_kb, text, want):
    got = verdicts(text, default_kb)
    check_row(got, want)
