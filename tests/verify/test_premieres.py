"""World premieres as sourced KB data (kb/factsheets/premieres.yaml): a film's year in brackets
before its world premiere is refuted and names the premiere; the premiere year and the Oscar
year are supported; a year after the Oscars is judged as before; a film with no premiere fact,
or one the KB lacks, is never refuted on its year."""
from __future__ import annotations

import reelcheck


def _claims(text, kb, category=None):
    got = reelcheck.check(text, kb=kb).claims
    return [c for c in got if category is None or c.category == category]


def _year_claim(text, kb):
    got = [c for c in _claims(text, kb, "filmography") if c.slots.get("year")]
    assert got, [(c.category, c.verdict, c.text) for c in _claims(text, kb)]
    return got[0]


def test_premieres_resolve_to_the_oscar_films(default_kb):
    kb = default_kb
    # the factsheet's films are the entities the Oscar record made: one each, with its record
    for film in ("parasite-2019-film", "nomadland-2020-film", "the-father-2020-film",
                 "dune-2021-film", "ida-2014-film"):
        assert kb.facts_involving(film, "nominated_for"), film
        firsts = [f for f in kb.facts(subject=film, predicate="premiere_date")
                  if "world" in str(f.qualifiers.get("kind"))]
        assert len(firsts) == 1 and firsts[0].sources, film
    assert [e.id for e in kb.entities_by_name("Minari")] == ["minari-2020-film"]
    # a Cannes premiere names the KB's edition, as an event and as where it premiered
    prem = kb.facts(subject="parasite-2019-film", predicate="premiered_at")
    assert [f.value for f in prem] == ["72nd-cannes-film-festival"]


def test_a_bracketed_year_before_the_world_premiere_is_refuted(default_kb):
    c = _year_claim("Chloé Zhao's road movie Nomadland (2019) went on to take Best Picture.",
                    default_kb)
    assert c.verdict == "refuted"
    assert "world premiere" in c.explanation and "September 11, 2020" in c.explanation
    c = _year_claim("Darius Marder's Sound of Metal (2018) earned Riz Ahmed a nomination.",
                    default_kb)
    assert c.verdict == "refuted" and "2019" in c.explanation


def test_a_premiere_known_to_the_month_says_in_not_on(default_kb):
    c = _year_claim("Among recent Palme d'Or winners, Titane (2020) split the critics most.",
                    default_kb)
    assert c.verdict == "refuted"
    assert "first shown in July 2021" in c.explanation


def test_the_premiere_year_and_the_oscar_year_are_both_supported(default_kb):
    # Ida was first shown at Toronto in 2013 and won the Oscar for the films of 2014
    for year in (2013, 2014):
        c = _year_claim(f"Pawlikowski's monochrome drama Ida ({year}) won the foreign-language "
                        f"Oscar.", default_kb)
        assert c.verdict == "supported", (year, c.explanation)
    c = _year_claim("Nomadland (2020) collected the Golden Lion on its way to the Oscars.",
                    default_kb)
    assert c.verdict == "supported" and "2020" in c.explanation


def test_a_year_after_the_oscar_year_is_judged_as_before(default_kb):
    # not a premiere matter: later than every year the KB has for the film
    c = _year_claim("Jane Campion's The Power of the Dog (2023) earned twelve nominations.",
                    default_kb)
    assert c.verdict == "refuted"
    assert "world premiere" not in c.explanation


def test_no_premiere_fact_no_refute(default_kb):
    # Mank has no world premiere in the KB: its Oscar year alone does not date its first showing
    c = _year_claim("David Fincher's Mank (2019) drew ten nominations.", default_kb)
    assert c.verdict == "not_enough_info"
    # a film the KB lacks gets no verdict on its year at all
    got = _claims("The Lantern Orchard (2018) premiered at Sundance to warm notices.",
                  default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_a_premiere_stated_in_another_clause_keeps_its_own_year(default_kb):
    # the year binds to the clause that says "premiered at Cannes", not to the Oscar clause
    got = _claims("Triangle of Sadness, which premiered at Cannes in 2021, later earned a Best "
                  "Picture nomination.", default_kb)
    prem = [c for c in got if "premiered" in c.text]
    assert prem and prem[0].verdict == "refuted" and "May 2022" in prem[0].explanation
    got = _claims("Killers of the Flower Moon debuted at Cannes in May 2023 and reached "
                  "cinemas that autumn.", default_kb)
    assert any(c.verdict == "supported" and "May 20, 2023" in c.explanation for c in got)
