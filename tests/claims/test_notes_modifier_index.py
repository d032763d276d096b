"""A note's adjectives and nouns are indexed by lemma once per note Doc (kept in its user_data)
and `_other_modified` reads that index instead of walking the note twice for each adjective of
each span it is asked about (claims/note_conflicts.py, `_modifier_index`). Sentences are
written for these tests."""
from __future__ import annotations

from reelcheck.claims.note_conflicts import _modifier_index, _other_modified
from reelcheck.nlp import parse

KEY = "reelcheck.notes.modifiers"


def _doc(text):
    return next(iter(parse([text])))


def test_index_is_built_once_and_kept_in_the_note_doc():
    note = _doc("The director shot a long film after her previous best was a short.")
    assert KEY not in note.user_data
    span = list(_doc("She shot her previous film in a week."))
    _other_modified(span, note)
    first = note.user_data.get(KEY)
    assert first is not None
    _other_modified(span, note)
    assert note.user_data[KEY] is first   # read, not rebuilt
    modified, nouns = first
    assert [t.lower_ for t in modified["previous"]] == [
        t.head.lower_ for t in note if t.dep_ == "amod" and t.lemma_.lower() == "previous"]
    assert [t.i for t in nouns["film"]] == [t.i for t in note if t.pos_ == "NOUN"
                                            and t.lemma_.lower() == "film"]


def test_index_is_shared_by_every_span_asked_of_the_note():
    note = _doc("The director shot a long film after her previous best was a short.")
    got = _modifier_index(note)
    assert _modifier_index(note) is got
    for text in ("She shot her previous film in a week.", "A long film followed."):
        _other_modified(list(_doc(text)), note)
    assert note.user_data[KEY] is got
