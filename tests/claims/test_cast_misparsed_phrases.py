"""Cast clauses the parser misreads, repaired by the cast reader (claims/cast.py): a fronted
partner preposition folded into a name, a subject hung in apposition inside a fronted phrase,
a set-off "As X," read as a clause of its own, a part noun's 'as' read as a conjunction, an 'as'
phrase on the verb's adverb, a caption with no verb, and a gerund subject in reported speech."""
from __future__ import annotations

import pytest

import reelcheck


def _cast(kb, text):
    return [(c.verdict, c.slots.get("subject"), c.slots.get("actor"))
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def _verdicts(kb, text):
    return {c.verdict for c in reelcheck.check(text, kb=kb).claims}


@pytest.mark.parametrize("text, expect", [
    # the partner is not the one who plays (the name after "Opposite" is not a subject)
    ("Opposite Mark Eydelshteyn, Karren Karagulian plays Toros, the fixer priest.", "supported"),
    ("Opposite Mark Eydelshteyn, Karren Karagulian plays Garnick.", "refuted"),
    # the subject the parser hangs beside the fronted phrase's name
    ("Alongside Mark Eydelshteyn, Mikey Madison plays Ani.", "supported"),
    ("Alongside Mark Eydelshteyn, Mikey Madison plays Diamond.", "refuted"),
    # "As X," set off and read as a clause of its own
    ("As Vanya, Mark Eydelshteyn is a bundle of nerves.", "supported"),
    ("As Vanya, Karren Karagulian is a bundle of nerves.", "refuted"),
    # a part noun's 'as' read as a conjunction
    ("Karagulian's turn as Toros earned him the best reviews of his career.", "supported"),
    ("Tovmasyan's turn as Toros earned him the best reviews of his career.", "refuted"),
    # an 'as' phrase hanging on the verb's adverb
    ("Darya Ekamasova shows up late as Galina.", "supported"),
    ("Darya Ekamasova shows up late as Lulu.", "refuted"),
    # a caption: names under a preposition that heads the sentence
    ("Still from Anora: Karren Karagulian as Toros and Yura Borisov as Igor.", "supported"),
    ("Still from Anora: Karren Karagulian as Garnick and Yura Borisov as Igor.", "refuted"),
])
def test_misparsed_cast_clause(default_kb, text, expect):
    got = {v for v, _s, _a in _cast(default_kb, text)}
    assert expect in got
    if expect == "supported":
        assert "refuted" not in _verdicts(default_kb, text)


def test_gerund_subject_of_reported_speech_is_the_speaker_to_confirm_only(default_kb):
    assert "supported" in {v for v, *_ in _cast(
        default_kb, "Eydelshteyn said that playing Vanya meant acting like a child for months.")}
    # the gerund may be anyone's part: the speaker's reading never refutes
    for text in ("Eydelshteyn said that playing Igor meant acting like a child for months.",
                 "Sean Baker said that playing Ani needed someone who could dance."):
        assert "refuted" not in _verdicts(default_kb, text)
