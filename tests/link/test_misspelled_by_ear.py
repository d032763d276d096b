"""A name spelt by ear with an x for the 'cks' / 'ks' it sounds is a misspelling of it, when the
text ties the person (texts written for this test, on the default KB)."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_an_x_for_cks_is_a_misspelling_of_the_tied_person(default_kb):
    got = _flagged(default_kb, "Few remember that Peter Jaxon shot The Lord of the Rings: "
                               "The Return of the King in New Zealand.")
    assert ("Peter Jaxon", "Peter Jackson") in got


def test_an_x_name_beside_another_trade_is_still_someone_else(default_kb):
    got = _flagged(default_kb, "The columnist Peter Jaxon disliked The Lord of the Rings: "
                               "The Return of the King.")
    assert not got
