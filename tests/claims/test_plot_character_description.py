"""What a character is said to be ("Ani, a 23-year-old lawyer", "Igor is a taxi driver") is a
slot of the clause: a support of the rest of the clause (her age, who plays her, where she lives)
stands only when a text of the KB about the character tells that noun or one of its sense
(lexicon `accounting.character_senses`: a dancer is a stripper). Otherwise the claim is
not_enough_info, never refuted. Sentences are written for these tests; the facts are the
default KB's (in Anora, Ani is a 23-year-old stripper and escort; Igor a henchman; Toros an
Armenian priest)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: True)]


@pytest.mark.parametrize("text", [
    "In the film, Ani is a 23-year-old waitress in Manhattan.",
    "Ani, a 23-year-old lawyer, lives in Brighton Beach.",
    "Yura Borisov plays Igor, a taxi driver.",
    "Karren Karagulian plays Toros, a dentist.",
    "Mark Eydelshteyn plays Vanya, a factory worker.",
])
def test_a_description_the_kb_does_not_tell_is_not_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Mikey Madison stars as Ani, a 23-year-old dancer at a Manhattan strip club.",
    "Ani, a Brooklyn sex worker, marries Vanya in Las Vegas.",
    "Yura Borisov plays Igor, a henchman.",
    "Karren Karagulian plays Toros, an Armenian priest.",
    "In the film, Ani is a 23-year-old escort.",
])
def test_a_description_the_kb_tells_in_any_word_of_its_sense_is_supported(text, default_kb):
    got = verdicts(text, default_kb)
    assert got and set(got) == {"supported"}, (text, got)


def test_a_title_that_is_also_a_name_is_no_character_description(default_kb):
    got = verdicts("The top prize went to Anora, Sean Baker's comedy about a young stripper.",
                   default_kb)
    assert "supported" in got and "not_enough_info" not in got, got
