"""How a showing is told: an adverb that makes a showing verb the film's first showing ("it
first screened at Venice") states its premiere (lexicon `qualifiers.first_showing_words`); a
festival's name the tagger takes for an adjective before a showing noun ("its Telluride
showing") fills the festival role (`premiere` relation's `amod` role); "showing" and
"selection" are showing nouns; a film as the object of a showing verb is the work shown
("Baker premiered Anora at Cannes"), and a festival's proper name that is also a festival
head word ("at Sundance") is a name, not a description. Sentences are written for these
tests; the facts are the default KB's (Anora's world premiere was at Cannes; it later
screened at Telluride and Toronto)."""
from __future__ import annotations

import reelcheck


def got(text, kb, pred):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.predicate == pred]


def test_first_shown_at_the_premiere_festival_is_its_premiere(default_kb):
    assert got("Anora was first shown at Cannes.", default_kb, "premiered_at") == ["supported"]


def test_first_screened_at_another_festival_is_refuted(default_kb):
    assert got("Anora first screened at Venice.", default_kb, "premiered_at") == ["refuted"]
    # first in a country: a regional first showing, still a screening
    text = "Anora first screened in the US at Telluride."
    assert got(text, default_kb, "premiered_at") == []
    assert got(text, default_kb, "festival_screening") == ["supported"]


def test_a_festival_tagged_as_an_adjective_before_a_showing_noun(default_kb):
    text = "Following its Telluride screening, Anora opened in theaters."
    assert got(text, default_kb, "festival_screening") == ["supported"]
    text = "Anora opened this week. Its Telluride showing sold out."
    assert got(text, default_kb, "festival_screening") == ["supported"]


def test_a_festival_selection_is_a_screening(default_kb):
    assert got("Anora, a TIFF selection, drew long lines.", default_kb,
               "festival_screening") == ["supported"]


def test_the_film_a_person_premiered_is_the_object(default_kb):
    assert got("Baker premiered Anora at Cannes.", default_kb, "premiered_at") == ["supported"]
    assert got("Baker premiered Anora at Sundance.", default_kb, "premiered_at") == ["refuted"]


def test_a_festival_that_gave_the_film_its_premiere(default_kb):
    # the festival as the subject of the verb whose object is the showing noun
    assert got("Cannes gave Anora its world premiere.", default_kb,
               "premiered_at") == ["supported"]
    assert got("Venice gave Anora its world premiere.", default_kb,
               "premiered_at") == ["refuted"]
    assert got("Anora opened this week. Telluride hosted its first American screening.",
               default_kb, "festival_screening") == ["supported"]


def test_a_festival_hyphened_to_a_showing_participle(default_kb):
    # the word before the hyphen fills the festival (`prefix`) role; a city stands for its
    # festival there as after "at"
    assert got("The Cannes-premiered Anora later swept the Oscars.", default_kb,
               "premiered_at") == ["supported"]
    assert got("The Venice-premiered Anora later swept the Oscars.", default_kb,
               "premiered_at") == ["refuted"]
