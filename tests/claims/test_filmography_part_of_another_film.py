"""A part said for a film when the Oscar record names the person's part there otherwise and
names the part said for another of their films (verify/filmography.py
`_part_of_another_film`). Sentences are written for these tests; the facts are the default
KB's Oscar record (Christoph Waltz: Hans Landa in Inglourious Basterds, King Schultz in Django
Unchained; Meryl Streep: Margaret Thatcher in The Iron Lady, Julia Child in Julie & Julia)."""
from __future__ import annotations

import pytest

import reelcheck


def credits(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "filmography"]


@pytest.mark.parametrize("text", [
    "Long before that western, Christoph Waltz played Hans Landa in Django Unchained.",
    # no credit of hers names the part in the film: the record's part there still decides
    "Meryl Streep played Margaret Thatcher in Julie & Julia.",
])
def test_a_part_the_record_gives_another_film_is_refuted(default_kb, text):
    assert credits(text, default_kb) == ["refuted"]


@pytest.mark.parametrize("text", [
    # the right film for the part
    "Long before that western, Christoph Waltz played Hans Landa in Inglourious Basterds.",
])
def test_the_part_in_its_own_film_still_holds(default_kb, text):
    assert credits(text, default_kb) == ["supported"]


@pytest.mark.parametrize("text", [
    # an epithet: the record's name for the part need not share its words
    "Joaquin Phoenix played the Joker in Joker.",
    # a part the record names for no film of the person: left open
    "Christoph Waltz played Jack Ryan in Django Unchained.",
    # a film the record holds no part of hers for (she was in it, unnominated)
    "Kathy Bates played Annie Wilkes in Titanic.",
    # a film with no part in the record: nothing to compare
    "Christoph Waltz played Hans Landa in Spectre.",
])
def test_other_parts_are_never_refuted(default_kb, text):
    assert "refuted" not in credits(text, default_kb)


def test_portrayed_reads_as_played(default_kb):
    # "portrayed X in Y" is a credit like "played X in Y", with the film on the verb even where
    # the parser hangs "in Y" on the name
    got = [c for c in reelcheck.check("Christoph Waltz portrayed Hans Landa in Inglourious "
                                      "Basterds.", kb=default_kb).claims]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = [c for c in reelcheck.check("Christoph Waltz portrayed Hans Landa in Django "
                                      "Unchained.", kb=default_kb).claims]
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
