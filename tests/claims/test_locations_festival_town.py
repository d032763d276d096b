"""A festival's name in a place role is the town it is held in, when the KB gives the
festival's editions that town as their place and the town's own name begins with the word
(kb/places.py `festival_town`): "set in Cannes" is a setting in the town, refuted for a film
set elsewhere; "shot partly in Cannes" a filming place the KB cannot judge; "took place in
Cannes" the edition's place. A place inside the phrase of a place role ("set in the enclave
of Brighton Beach", "set against the backdrop of Chicago") is where the film is set, not the
work set there. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def places(text, kb, pred):
    return [(c.verdict, c.slots.get("place")) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == pred]


def test_a_story_set_in_the_festival_town_is_refuted(default_kb):
    assert places("Anora opened this week. The story is set in Cannes.", default_kb,
                  "narrative_location") == [("refuted", "cannes-city")]


def test_shot_in_the_festival_town_stays_open(default_kb):
    assert places("Anora opened this week. A few scenes were shot in Cannes.", default_kb,
                  "filming_location") == [("not_enough_info", "cannes-city")]


def test_an_edition_held_in_its_town(default_kb):
    assert places("The 77th Cannes Film Festival took place, as always, in Cannes.", default_kb,
                  "event_location") == [("supported", "cannes-city")]


def test_a_person_born_in_the_festival_town(default_kb):
    assert places("Sean Baker, born in Cannes, directed Anora.", default_kb,
                  "place_of_birth") == [("refuted", "cannes-city")]


def test_a_place_inside_a_descriptive_noun_of_the_setting(default_kb):
    text = "Anora opened this week. The film is set in the Russian-American enclave of {}."
    assert places(text.format("Brighton Beach"), default_kb,
                  "narrative_location") == [("supported", "brighton-beach")]
    assert places(text.format("Detroit"), default_kb,
                  "narrative_location") == [("refuted", "detroit")]


def test_set_against_the_backdrop_of_a_place(default_kb):
    text = "Anora, set against the backdrop of {}, won the Palme d'Or."
    assert places(text.format("Brighton Beach"), default_kb,
                  "narrative_location") == [("supported", "brighton-beach")]
    assert places(text.format("Chicago"), default_kb,
                  "narrative_location") == [("refuted", "chicago")]


def test_the_person_who_filmed_is_not_the_work_filmed(default_kb):
    # an active filming verb's person subject is the filmmaker; the passage's film was shot
    assert places("Anora opened this week. Baker shot on the streets of Brighton Beach.",
                  default_kb, "filming_location") == [("supported", "brighton-beach")]
    assert places("Anora opened this week. Baker shot on the streets of Toronto.", default_kb,
                  "filming_location") == [("not_enough_info", "toronto")]
