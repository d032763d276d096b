"""'The picture stars A as X, with B as Y': once the verb's actor has the part of its own 'as'
phrase, an 'as' phrase hanging on another named person is that person's part. It is never
paired with the verb's actor (a refute of A as Y would use a part the sentence gives to B).
Sentences are written for these tests; the cast is the default KB's."""
from __future__ import annotations

import reelcheck


def _parts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "played_by"]


def test_a_with_phrase_part_is_not_the_objects(default_kb):
    text = "The picture stars Mark Eydelshteyn as Vanya, with Karren Karagulian as Toros."
    got = _parts(text, default_kb)
    assert [c for c in got if c.verdict == "refuted"] == [], \
        [(c.text, c.explanation) for c in got]
    assert any(c.verdict == "supported" and "Eydelshteyn" in c.text for c in got)


def test_a_with_phrase_part_is_not_the_subjects(default_kb):
    text = "Mark Eydelshteyn headlines as Vanya, with Karren Karagulian as Toros."
    got = _parts(text, default_kb)
    assert not any(c.slots.get("actor") == "mark-eydelshteyn" and c.verdict == "refuted"
                   for c in got), [(c.text, c.explanation) for c in got]


def test_an_actor_with_no_part_of_its_own_keeps_the_verbs_reading(default_kb):
    # "A plays opposite B as X": A has no other part, so X stays A's
    got = _parts("Mark Eydelshteyn plays opposite Mikey Madison as Vanya.", default_kb)
    assert any(c.slots.get("actor") == "mark-eydelshteyn" and c.verdict != "refuted"
               for c in got), [(c.text, c.explanation) for c in got]


def test_a_misread_object_is_still_the_verbs_own_part(default_kb):
    # the parser takes "Vanya" for an adverbial of "plays" when a list of 'as' phrases
    # follows; it is still the subject's part, so each 'as' phrase is its own holder's
    text = ("Mark Eydelshteyn plays Vanya, with Yura Borisov as Igor, Karren Karagulian as "
            "Toros and Vache Tovmasyan as Garnik.")
    got = _parts(text, default_kb)
    assert [c for c in got if c.verdict == "refuted"] == [], \
        [(c.text, c.explanation) for c in got]
    assert any(c.verdict == "supported" and c.slots.get("actor") == "yura-borisov"
               for c in got), [(c.text, c.explanation) for c in got]
