"""A "where" question and the fragment that answers it ("Where was it shot? Mostly in
Brooklyn." / "... ? Brighton Beach and Las Vegas."): the answer's preposition (even when it is
the fragment's root) or, for a bare name, the preposition the question adverb stands for
(lexicon qualifiers `question_adverb_preps`) fills the place role, the adverb may hang on the
cue's auxiliary ("Where was she born?"), and the locations reader reads answered questions
(claims/frames.py _answered, claims/__init__.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

import reelcheck


def located(text, kb, pred):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == pred]


@pytest.mark.parametrize("text, pred, place, verdict", [
    ("Where did Baker shoot Anora? Largely in Coney Island.", "filming_location",
     "coney-island", "supported"),
    ("Where was Anora shot? Mill Basin and Las Vegas.", "filming_location", "las-vegas",
     "supported"),
    ("Where does Anora take place? Houston.", "narrative_location", "houston", "refuted"),
    ("Where was Yura Borisov born? In Reutov.", "place_of_birth", "reutov", "supported"),
    ("Where was Samantha Quan born? Toronto.", "place_of_birth", "toronto", "refuted"),
    ("Where were the 82nd Golden Globe Awards held? At the Beverly Hilton.", "event_location",
     "beverly-hilton", "supported"),
])
def test_the_answer_is_the_place(default_kb, text, pred, place, verdict):
    assert (place, verdict) in located(text, default_kb, pred)


def test_a_question_left_unanswered_says_nothing(default_kb):
    text = "Where was Anora shot? Nobody on the crew will say."
    assert not located(text, default_kb, "filming_location")
