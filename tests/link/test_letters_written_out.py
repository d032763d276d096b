"""An umlaut or a Nordic letter written out ("ue" for "ü", "oe" for "ö", "aa" for "å") is the
accepted spelling of the name without that letter: linked, never flagged as a misspelling; a
real slip in the same name still is. Texts written for these tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id, m.issue) for m in link_names(Document(id="t", text=text), kb)}


def test_letters_written_out_are_the_same_name(default_kb):
    got = _links(default_kb, "A German daily interviewed Sandra Hueller about Anatomy of a Fall.")
    assert ("Sandra Hueller", "sandra-huller", "none") in got
    got = _links(default_kb, "Ruben Oestlund took the Palme d'Or twice, first for The Square.")
    assert ("Ruben Oestlund", "ruben-ostlund", "none") in got
    got = _links(default_kb, "Stellan Skarsgaard plays the father in Sentimental Value.")
    assert ("Stellan Skarsgaard", "stellan-skarsgard", "none") in got


def test_a_slip_in_such_a_name_is_still_flagged(default_kb):
    got = _links(default_kb, "A German daily interviewed Sandra Hullar about Anatomy of a Fall.")
    assert ("Sandra Hullar", "sandra-huller", "misspelled") in got


def test_the_surname_alone_written_out_is_the_person_named(default_kb):
    got = _links(default_kb, "Sandra Hüller arrived late. Asked about the ending, Hueller "
                             "only laughed.")
    assert ("Hueller", "sandra-huller", "none") in got
