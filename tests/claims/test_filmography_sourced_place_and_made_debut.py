"""Two readings of a career: a film's place among its maker's features is decided by a sourced
count of those features when the KB holds one (`feature_number`: Anora is Sean Baker's eighth,
one source says sixth), and a first feature is read from "made his debut with X" and "X marked
his debut". Sentences written for these tests; facts from the default KB."""
from __future__ import annotations

import pytest

import reelcheck


def film_rows(text, kb):
    return [(c.slots.get("work"), c.slots.get("ordinal"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


@pytest.mark.parametrize("text, n", [
    ("Anora is the fifth feature Sean Baker has directed.", None),   # no possessed place
    ("Anora is Sean Baker's fifth feature.", 5),
    ("Baker's seventh feature, Anora, took the Palme d'Or.", 7),
    ("Sean Baker's ninth feature Anora wins the Palme d'Or.", 9),
])
def test_a_place_no_source_gives_is_refuted(default_kb, text, n):
    rows = film_rows(text, default_kb)
    if n is None:
        assert all(v != "refuted" for _w, _n, v in rows)
    else:
        assert ("anora-2024-film", n, "refuted") in rows


def test_a_place_one_source_gives_stays_open(default_kb):
    # the sources disagree (eighth, sixth): the minority count is neither kind
    assert film_rows("Anora is Sean Baker's sixth feature.", default_kb) == [
        ("anora-2024-film", 6, "not_enough_info")]


def test_the_counted_place_is_supported(default_kb):
    assert film_rows("Anora is Sean Baker's eighth feature.", default_kb) == [
        ("anora-2024-film", 8, "supported")]


def test_a_film_the_count_is_not_about_stays_open(default_kb):
    # The Florida Project has no sourced count: the KB's list may lack a film
    assert film_rows("The Florida Project was Sean Baker's fourth feature.", default_kb) == [
        ("the-florida-project", 4, "not_enough_info")]


def debut_rows(text, kb):
    return [(c.predicate, c.slots.get("work"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


@pytest.mark.parametrize("text, work, verdict", [
    ("Sean Baker made his feature debut with Four Letter Words.", "four-letter-words",
     "supported"),
    ("Sean Baker made his feature debut with Starlet in 2012.", "starlet", "refuted"),
    ("Tangerine marked Sean Baker's feature debut.", "tangerine", "refuted"),
    ("Four Letter Words marked Sean Baker's feature debut.", "four-letter-words", "supported"),
    ("Baker, who made his directorial debut with Take Out, later won the Palme d'Or.",
     "take-out", "refuted"),
])
def test_made_a_debut_with_a_work(default_kb, text, work, verdict):
    assert ("debut_feature", work, verdict) in debut_rows(text, default_kb)


@pytest.mark.parametrize("text", [
    "Sean Baker made his Cannes debut with The Florida Project.",
    "Mikey Madison made her screen debut with Better Things.",
    "Sean Baker made his feature debut with a film about stand-up comedians.",
])
def test_another_debut_is_not_a_first_feature(default_kb, text):
    claims = reelcheck.check(text, kb=default_kb).claims
    assert not [c for c in claims if c.predicate == "debut_feature"]
    assert not [c for c in claims if c.verdict == "refuted"]


def test_the_year_the_debut_verb_states_is_accounted(default_kb):
    # the first feature dates from 2000: another year is not supported with it
    assert debut_rows("Sean Baker made his feature debut with Four Letter Words in 2004.",
                      default_kb) == [("debut_feature", "four-letter-words", "not_enough_info")]
    assert debut_rows("Sean Baker made his feature debut with Four Letter Words in 2000.",
                      default_kb) == [("debut_feature", "four-letter-words", "supported")]
