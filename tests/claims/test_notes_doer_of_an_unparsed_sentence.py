"""A sentence no claim family parsed is still read for whom a span's verbs are said of: the
subject a conjunct borrows from the clause before it is its doer (claims/notes.py: the bare
parse is taken before the spans are scored, and a name the tagger took for a common noun is
still the linked name). A note telling Ani's deed does not support it said of someone else.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.story_claims import plot_readings, supported_texts


def test_a_conjunct_borrows_its_doer_in_a_sentence_no_family_parsed(default_kb):
    got = plot_readings("Igor fights back and breaks one henchman's nose.", default_kb)
    assert not supported_texts(got), got
    got = plot_readings("Lulu understands Russian and quits the club after the wedding.",
                        default_kb)
    assert not supported_texts(got), got


def test_the_right_doer_is_still_supported(default_kb):
    got = plot_readings("Ani fights back and breaks one henchman's nose.", default_kb)
    assert any("breaks one henchman's nose" in t for t in supported_texts(got)), got
    got = plot_readings("Ani understands Russian and quits the club after the wedding.",
                        default_kb)
    assert any("quits the club" in t for t in supported_texts(got)), got
