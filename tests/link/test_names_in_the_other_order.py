"""A two-part name written in the other order, family name first ("Hamaguchi Ryusuke") or given
name first ("Joon-ho Bong"), is the same KB person, linked without a misspelling flag. Texts
written for these tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id, m.issue) for m in link_names(Document(id="t", text=text), kb)}


def test_a_family_name_first_is_the_same_person(default_kb):
    got = _links(default_kb, "The retrospective honours Kore-eda Hirokazu and, next spring, "
                             "the writer-director Hamaguchi Ryusuke.")
    assert ("Kore-eda Hirokazu", "hirokazu-kore-eda", "none") in got
    assert ("Hamaguchi Ryusuke", "ryusuke-hamaguchi", "none") in got


def test_a_given_name_first_is_the_same_person(default_kb):
    got = _links(default_kb, "Long before his Oscars, Joon-ho Bong shot a short about a dog.")
    assert ("Joon-ho Bong", "bong-joon-ho", "none") in got


def test_two_kb_names_side_by_side_are_not_read_backwards(default_kb):
    got = _links(default_kb, "Guests: Emma Stone Sean Baker")
    assert {eid for _t, eid, _i in got} == {"emma-stone", "sean-baker"}
