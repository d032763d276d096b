"""A one-word film title that is the last name of a person the text named in full before it is
that person's short name ("Glenn Close ... Close lost"), unless the text sets it off as a title
(link/linker.py, _surname_of_someone_named). Texts written for these tests."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return [(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), kb)]


def test_the_last_name_after_the_full_name_is_the_person(default_kb):
    got = _links(default_kb, "Glenn Close was nominated again that year. Close lost to Olivia "
                             "Colman in the end.")
    assert ("Close", "glenn-close") in got, got


def test_the_title_with_no_such_person_before_it_is_the_film(default_kb):
    got = _links(default_kb, "Close, the Belgian drama, was nominated for international feature.")
    assert ("Close", "close-2022-film") in got, got


def test_a_title_set_off_as_a_film_stays_the_film(default_kb):
    got = _links(default_kb, "Glenn Close praised the Belgian film Close at a dinner.")
    assert got.count(("Close", "close-2022-film")) == 1, got


def test_the_claim_is_about_the_person(default_kb):
    rep = reelcheck.check("Glenn Close and Olivia Colman were both nominated for best actress "
                          "in 2019. Close lost the Oscar to Colman.", kb=default_kb)
    assert not [c for c in rep.claims if c.verdict == "refuted"], [
        (c.text, c.explanation) for c in rep.claims]
