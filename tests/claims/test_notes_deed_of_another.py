"""A person's sourced note that tells the person's own deed ("thanked X for ...") is not stated
by a clause whose subjects are other people ("Madison thanked Baker ..."), while the deed said of
the person is (claims/notes.py, _other_holder). Sentences are written for these tests; the notes
are the default KB's."""
from __future__ import annotations

import reelcheck


def _notes(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "statement"]


def test_another_persons_thanks_is_not_the_notes(default_kb):
    got = _notes("In her speech, Mikey Madison thanked Sean Baker for writing the part for her.",
                 default_kb)
    assert not [v for v, _ in got if v == "supported"], got


def test_the_persons_own_thanks_is(default_kb):
    got = _notes("Accepting one of his prizes, Sean Baker thanked Quentin Tarantino.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_note_that_names_another_doer_still_speaks_for_that_doer(default_kb):
    got = [(c.verdict, c.text) for c in reelcheck.check(
        "Sean Baker wrote the role of Ani for Mikey Madison.", kb=default_kb).claims]
    assert any(v == "supported" for v, _ in got), got


def test_a_persons_note_is_not_stated_of_a_character_it_does_not_name(default_kb):
    # a note on a cast member whose words happen to meet the sentence's ("sent", "home")
    got = _notes("In Anora, Ani is bought off with a few thousand dollars and sent home.",
                 default_kb)
    assert not [v for v, _ in got if v == "supported"], got
