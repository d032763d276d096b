"""A KB name that is only the first part of someone else's longer name: a given name before a
particle surname ("... von ...", "... de la ..."), and a full name that a hyphen carries on into
a double-barrelled surname. Texts written for these tests, run on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), kb)}


def test_a_given_name_before_a_particle_surname_is_not_a_kb_person(default_kb):
    # "Hanna" alone would be a KB surname, "Maria" a KB film: here both open unknown names
    for text, word in (("Our panel is chaired by the archivist Hanna von Reuthal tonight.",
                        "Hanna"),
                       ("The jury heard Maria de la Vega, a set painter from Seville.", "Maria"),
                       ("Its editor, Hanna van der Meulen, cut the trailer too.", "Hanna")):
        got = _links(default_kb, text)
        assert not any(t == word for t, _e in got), (text, got)


def test_the_particle_name_itself_still_links(default_kb):
    got = _links(default_kb, "Lars von Trier and Guillermo del Toro shared a car.")
    assert ("Lars von Trier", "lars-von-trier") in got
    assert ("Guillermo del Toro", "guillermo-del-toro") in got


def test_a_full_name_carried_on_by_a_hyphen_is_someone_else(default_kb):
    for text in ("The striker Tom Hanks-Everly scored twice on Sunday.",
                 "Councillor Ryan Gosling-Tate voted against the plan."):
        got = _links(default_kb, text)
        assert not any(eid in ("tom-hanks", "ryan-gosling") for _t, eid in got), (text, got)


def test_a_hyphen_pairing_two_kb_names_or_a_compound_keeps_them(default_kb):
    got = _links(default_kb, "We rewatched the Tom Hanks-Meg Ryan comedies all weekend.")
    assert ("Tom Hanks", "tom-hanks") in got and ("Meg Ryan", "meg-ryan") in got
    got = _links(default_kb, "The Sean Baker-directed drama opened the series.")
    assert ("Sean Baker", "sean-baker") in got
    got = _links(default_kb, "Daniel Day-Lewis retired again.")
    assert ("Daniel Day-Lewis", "daniel-day-lewis") in got
