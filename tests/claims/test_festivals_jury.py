"""Who presided over a festival's jury (claims/festivals.py `_juries`, verify/festivals.jury):
the person comes from the parse (subject or passive agent of a jury verb, a head noun said of a
name, a possessor of the jury); the edition is the one the sentence names, or its festival's of
the year it gives. An edition has one president, so the KB's decides a named edition; with none
named, the claim may only support. Sentences are written for these tests; the fact is the
default KB's (Greta Gerwig presided over the 77th Cannes Film Festival's jury)."""
from __future__ import annotations

import reelcheck


def juries(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "jury_president"]


def test_the_president_of_a_named_edition_is_decided_by_the_kb(default_kb):
    for text in ("Greta Gerwig chaired the competition jury at Cannes in 2024.",
                 "At the 77th Cannes Film Festival the jury was headed by Greta Gerwig.",
                 "Greta Gerwig was president of the Cannes jury in 2024."):
        got = juries(text, default_kb)
        assert [c.verdict for c in got] == ["supported"], text
    got = juries("Cate Blanchett presided over the jury at the 77th Cannes Film Festival.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Gerwig" in got[0].explanation


def test_with_no_edition_named_a_known_president_only_supports(default_kb):
    for text in ("The jury, led by Greta Gerwig, gave Anora the top prize.",
                 "Jury president Greta Gerwig called the film a marvel.",
                 "Greta Gerwig's jury was unanimous."):
        assert [c.verdict for c in juries(text, default_kb)] == ["supported"], text
    got = juries("The jury, led by Cate Blanchett, was unanimous.", default_kb)
    assert [c.verdict for c in got] == ["supported"]   # the 71st's (juries.yaml)
    got = juries("The jury, led by Sean Baker, was unanimous.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_an_edition_or_a_festival_the_kb_lacks_a_president_for_stays_open(default_kb):
    got = juries("Spike Lee presided over the jury at Cannes in 2012.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    # "the Venice jury": a festival the KB does not hold; no claim on Cannes' record
    assert juries("The Venice jury, led by Greta Gerwig, crowned a newcomer.", default_kb) == []


def test_a_person_the_kb_lacks_or_a_negated_clause_makes_no_jury_claim(default_kb):
    assert juries("Marta Quillane presided over the jury at Cannes in 2024.", default_kb) == []
    assert juries("Greta Gerwig did not chair the jury at Cannes in 2024.", default_kb) == []


def test_a_jury_named_by_the_film_it_honoured_is_that_win_s_edition(default_kb):
    # a relative clause with an awarding verb names the film; the KB's festival win of the
    # film gives the edition, so the KB's president decides it
    got = juries("The jury which handed Anora its top prize was chaired by Cate Blanchett.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Gerwig" in got[0].explanation
    got = juries("Juliette Binoche, who led the jury that crowned Anora, spoke afterwards.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = juries("Greta Gerwig presided over the jury that rewarded Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # a win whose edition has no president in the KB, a film the KB lacks, a verb that is
    # not an award, another festival's jury: nothing refutes
    for text in ("The jury that honoured Amour was led by Juliette Binoche.",
                 "The jury that crowned Moonfern Drift was led by Juliette Binoche.",
                 "The jury that ignored Anora was led by Juliette Binoche.",
                 "The Venice jury that crowned Anora was led by Juliette Binoche."):
        assert all(c.verdict != "refuted" for c in juries(text, default_kb)), text


def test_a_person_serving_as_president_and_negated_copulas(default_kb):
    got = juries("In 2024 Greta Gerwig served as head of the Cannes jury.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = juries("Juliette Binoche acted as jury president at the 77th Cannes Film Festival.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    for text in ("Juliette Binoche did not serve as jury president at Cannes in 2024.",
                 "Juliette Binoche was not the president of the jury at Cannes in 2024.",
                 "The Cannes jury president in 2024 was not Juliette Binoche."):
        assert all(c.verdict != "refuted" for c in juries(text, default_kb)), text


def test_an_absolute_with_clause_names_the_jury_s_president(default_kb):
    # "..., with the jury headed by X": the jury is the subject of the participle, X its agent
    got = juries("Anora took the top prize at Cannes in 2024, with the jury headed by "
                 "Juliette Binoche.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = juries("The 77th Cannes Film Festival ended with Anora on top, with the jury chaired "
                 "by Greta Gerwig.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # an edition the KB holds no president for stays open
    got = juries("Amour won the Palme in 2012, with the jury headed by Juliette Binoche.",
                 default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_an_absolute_with_as_names_the_president(default_kb):
    # "with X as jury president": the object of "with" holds the head noun "as" names
    got = juries("The 77th Cannes Film Festival, with Greta Gerwig as jury president, crowned "
                 "Anora.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = juries("With Cate Blanchett as jury president, the 77th Cannes Film Festival crowned "
                 "Anora.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
