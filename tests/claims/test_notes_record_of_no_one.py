"""A KB note of a record is its holder's: a clause that names no one and nothing (no name, no
pronoun, no subject borrowed from the clause it hangs on) does not state it, whatever numbers
and nouns it shares with the note. Sentences are written for these tests; the notes are the
default KB's."""
from __future__ import annotations

import reelcheck


def _notes(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "statement"]


def test_an_editions_number_is_no_record_of_its_night(default_kb):
    # the KB's record note: Cannes 2024 films won nine Oscars at the 97th ceremony. Calling
    # "the 2024 ceremony" the 97th says nothing of that record
    text = ("Anora ruled the Oscars that spring.\n\n"
            "Some recaps call the 2024 ceremony the 97th edition of the show.")
    got = _notes(text, default_kb)
    assert [c.verdict for c in got if c.verdict == "supported"] == [], \
        [(c.text, c.explanation) for c in got]
    text = "Anora ruled the Oscars that spring.\n\nThe 2024 ceremony was the 97th edition."
    got = _notes(text, default_kb)
    assert [c.verdict for c in got if c.verdict == "supported"] == [], \
        [(c.text, c.explanation) for c in got]


def test_a_prize_named_in_a_bare_description_names_no_holder(default_kb):
    # "Oscar" is the prize counted, not who holds the record: the KB's note that Cannes 2024
    # films won nine Oscars (Anora five) is no support for "a five-time Oscar winner" said of
    # a film only a possessive describes
    text = ("Encore screenings\n\n"
            "Guillermo del Toro's fable, a five-time Oscar winner, plays in the main hall.")
    got = _notes(text, default_kb)
    assert [c for c in got if c.verdict == "supported"] == [], \
        [(c.text, c.explanation) for c in got]
