"""A film's name that opens a sentence and that the parser took for an adjective on the verb
after it ("Titanic wins ...": "Titanic" an amod of "wins", the verb left with no subject) is
hung as that verb's subject, as a name read as an adverb already was."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.category) for c in reelcheck.check(text, kb=kb).claims]


def test_the_film_is_the_subject_of_a_present_tense_win(default_kb):
    assert ("supported", "count") in _claims(
        "Titanic wins eleven Oscars at the 70th Academy Awards", default_kb)


def test_a_wrong_count_on_that_subject_is_refuted(default_kb):
    assert ("refuted", "count") in _claims(
        "Titanic wins thirteen Oscars at the 70th Academy Awards", default_kb)
