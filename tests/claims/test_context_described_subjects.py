"""Who "it" and "he" stand for after a sentence about someone or something the KB does not
name: a film described by its owner ("Sam Mendes's war film") who has no credit on the film in
focus, and a person the KB lacks as the main clause's subject (claims/context.py). Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "At the 92nd Academy Awards, Parasite won four Oscars.\n\n"


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_it_after_another_directors_film_is_not_the_passages_film(default_kb):
    got = claims(LEAD + "Sam Mendes's one-take war film had led the betting for months. It "
                 "won three Oscars, among them visual effects.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]


def test_it_after_the_passage_directors_own_film_is_that_film(default_kb):
    got = claims(LEAD + "Bong Joon Ho's satire had opened at Cannes the year before. It won "
                 "three Oscars at the 92nd Academy Awards.", default_kb)
    refuted = [c for c in got if c.verdict == "refuted"]
    assert refuted and "Parasite" in refuted[0].explanation, [(c.text, c.explanation) for c in got]


def test_he_after_a_person_the_kb_lacks_is_not_a_kb_person_named_beside(default_kb):
    got = claims(LEAD + "Choi Woo-shik, a regular in Bong Joon Ho's casts, plays the son of the "
                 "family. He won best director that night.", default_kb)
    assert not [c for c in got if c.subject and c.subject.id == "bong-joon-ho"
                and "He won" in c.text], [(c.text, c.verdict) for c in got]


def test_a_comma_set_description_after_the_object_is_no_slot_of_the_win(default_kb):
    got = [c for c in claims("Anora took the Palme d'Or at the 77th Cannes Film Festival in "
                             "May 2024, the first Palme winner shot in Brighton Beach.",
                             default_kb) if c.category == "award"]
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
