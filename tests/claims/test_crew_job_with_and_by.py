"""A job noun said with its maker inside another clause: "The score, by X, is used sparingly"
(the noun the subject of a passive verb that is no crew verb), "Anora is a comedy, with
cinematography by X and music by Y" (a 'with' phrase said of the film the clause names; the
parser may hang the second job's "by" on the first). Sentences written for these tests; the
facts are the default KB's Anora credits."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return sorted((c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
                  if c.category == "crew")


def test_a_job_with_its_own_by_phrase_as_a_passive_subject(default_kb):
    text = "Anora is a comedy. The score, by Matthew Hearon-Smith, is used sparingly."
    assert credits(text, default_kb) == [("composer", "supported")]


def test_a_with_phrase_job_is_bound_to_the_film_the_clause_names(default_kb):
    text = ("Anora is a fable of Brighton Beach, with cinematography by Hoyte van Hoytema and "
            "a score by Ludwig Goransson.")
    got = credits(text, default_kb)
    assert ("director_of_photography", "refuted") in got
    assert ("composer", "refuted") not in got   # the KB does not hold the full score credit


def test_each_job_of_a_list_keeps_its_own_maker(default_kb):
    text = ("Anora is a fable of Brighton Beach, with cinematography by Drew Daniels and music "
            "by Matthew Hearon-Smith.")
    assert credits(text, default_kb) == [("composer", "supported"),
                                         ("director_of_photography", "supported")]


def test_a_from_phrase_job_on_the_film_in_focus(default_kb):
    wrong = "Anora is a comedy. The film, from a script by Drew Daniels, heads to Las Vegas."
    right = "Anora is a comedy. The film, from a script by Sean Baker, heads to Las Vegas."
    assert credits(wrong, default_kb) == [("screenwriter", "refuted")]
    assert credits(right, default_kb) == [("screenwriter", "supported")]


def test_the_film_of_a_passage_of_two_films_never_refutes(default_kb):
    text = ("Anora and The Brutalist both run long. The film, from a script by Drew Daniels, "
            "heads to Las Vegas.")
    assert ("screenwriter", "refuted") not in credits(text, default_kb)
