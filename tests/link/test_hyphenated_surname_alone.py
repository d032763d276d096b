"""A double-barrelled surname written alone after the full name ("Day-Lewis" after "Daniel
Day-Lewis") is that person: the tokenizer keeps the hyphenated word whole, and the lone-surname
pass looks it up by its last part and keeps only people whose name ends with all its parts
(link/linker.py, _partial_ids). Texts written for these tests; facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), kb)}


def test_the_hyphenated_surname_alone_links_to_the_person_named_earlier(default_kb):
    text = ("Daniel Day-Lewis kept away from the press all winter. Last week, Day-Lewis "
            "agreed to a short interview.")
    assert ("Day-Lewis", "daniel-day-lewis") in _links(default_kb, text)


def test_one_half_of_the_surname_or_a_compound_is_not_the_person(default_kb):
    got = _links(default_kb, "Daniel Day-Lewis left early. Marta Gold-Lewis, a neighbour, "
                              "stayed. The Lewis-directed short screened later.")
    assert not any(t in ("Gold-Lewis", "Lewis-directed", "Lewis") for t, _e in got), got


def test_a_claim_about_the_hyphenated_surname_alone_is_checked(default_kb):
    rep = reelcheck.check("Daniel Day-Lewis rarely gives interviews. In the end Day-Lewis "
                          "took the Oscar for Gangs of New York.", kb=default_kb)
    got = [(c.verdict, c.text) for c in rep.claims]
    assert any(v == "refuted" and "Gangs" in t for v, t in got), got
    rep = reelcheck.check("Daniel Day-Lewis rarely gives interviews. Day-Lewis, a "
                          "three-time Best Actor winner, declined.", kb=default_kb)
    got = [(c.verdict, c.text) for c in rep.claims]
    assert any(v == "supported" and "winner" in t for v, t in got), got


def test_a_hyphenated_surname_with_a_lower_case_part_alone_is_checked(default_kb):
    rep = reelcheck.check("Hirokazu Kore-eda shot his new film in Seoul. Back in 2017, "
                          "Kore-eda took the Palme d'Or.", kb=default_kb)
    got = [(c.verdict, c.text) for c in rep.claims]
    assert any(v == "refuted" and "Kore-eda" in t for v, t in got), got
