"""Slips the name generator (benchmarks/compose_names.py, session 20) found missed, in
sentences written for this test, and the names beside them that stay unflagged:

- a title with a number in figures, one word slipped ("Toy Stary 3", "Blade Runer 2049"):
  the figures are words of the title;
- a title slipped by a letter or two in a sentence that names, right, a person whose KB facts
  name the film ("We talked to Sean Baker about Tangerin"): the maker's own film;
- "to" is a grammar word in a title ("Bck to the Future");
- a name with an initial ("Stephen A. Rottr", "A. Earl Hodrick"): the initial is a word of
  the name, not the article "A", and a surname that is also a verb ("Heard") ends the name.
And a fixed sample of the generator's rows: no false flag in any class, slips caught."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    ("Lee Unkrich On Making Toy Stary 3", "Toy Stary 3", "Toy Story 3"),
    ("Roger Deakins finally won his Oscar for Blade Runer 2049.", "Blade Runer 2049",
     "Blade Runner 2049"),
    ("Jared Bush's Zootopa 2 was one of the year's animated nominees.", "Zootopa 2",
     "Zootopia 2"),
])
def test_title_with_a_number_slipped(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    # another number is another instalment (or a year), never the title misspelt
    "Lee Unkrich On Making Toy Story 7",
    "Roger Deakins was already shooting in 2049 terms, a critic joked.",
    "Lee Unkrich spoke for 3 hours about Toy Story 3.",
])
def test_numbers_beside_a_title_unflagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    ("We talked to Sean Baker about Tangerin and his years of tiny budgets.", "Tangerin",
     "Tangerine"),
    ("Robert Zemeckis looked back on Bck to the Future at the panel.", "Bck to the Future",
     "Back to the Future"),
    ("Best of the decade: The Thin Red Lne, a film Terrence Malick rarely discusses.",
     "The Thin Red Lne", "The Thin Red Line"),
])
def test_title_slipped_beside_its_maker(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    # an English word close to a maker's title: the word ("Starlit" beside his Starlet)
    "Starlit rooftops fill the frame whenever Sean Baker shoots at night.",
    "Sean Baker shot the scene under starlit skies, the Starlit Lounge sign behind him.",
    # a lone word opening the sentence may be any word
    "Tangerin was the name of the cafe, Sean Baker said.",
    # a whole word changed is another name, maker or not
    "Sean Baker grew up near The Florida Mall, a long way from Brooklyn.",
])
def test_words_beside_a_maker_unflagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    ("The Right Stuff was edited in part by Stephen A. Rottr.", "Stephen A. Rottr",
     "Stephen A. Rotter"),
    ("The Proud and Profane's art director, A. Earl Hodrick, was nominated for it.",
     "A. Earl Hodrick", "A. Earl Hedrick"),
    ("Kenji Comes Home was produced by Pual F. Heard.", "Pual F. Heard", "Paul F. Heard"),
])
def test_name_with_an_initial_slipped(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "The Right Stuff was edited in part by Stephen A. Rotter.",
    "Kenji Comes Home was produced by Paul F. Heard. A. Heard rumour is no source.",
    "The Right Stuff won. A. Roberts, a reader from Leeds, wrote in.",
])
def test_names_with_initials_unflagged(default_kb, text):
    assert _flags(default_kb, text) == []


def _generator():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import compose_names
    return compose_names


def test_generator_sample(default_kb):
    """A fixed sample of the generator's rows (people, their films, the forms writers use):
    no flag on a right name, an accepted variant, someone else's name with nothing tying it
    to the KB person, a title as written or in another accepted form, or a title that is an
    English word used as the word; and most slips beside a film of the person's caught."""
    gen = _generator()
    rows = gen.compose(default_kb, 60, 11)
    tally = gen.score(default_kb, rows, out=lambda *_a: None)
    for cls in ("correct", "variant", "other", "title_correct", "title_variant",
                "title_word"):
        assert tally[cls]["fp"] == 0, cls
    # (floors as a ratchet: at 069d0bc titles slipped were caught about 3 times in 4)
    for cls, floor in (("typo_tied", 0.93), ("typo_doc", 0.93), ("typo_surname", 0.9),
                       ("title_typo", 0.82)):
        t = tally[cls]
        assert t["fp"] == 0 and t["wrong_suggestion"] == 0, cls
        assert t["tp"] >= floor * t["n"], (cls, dict(t))


@pytest.mark.parametrize("text", [
    # a family named in the plural, its name written with an apostrophe: the KB's name words
    # have none, and the word is compared in that form (not two slips from "oconnell")
    "With Hacksaw Ridge, the O'Connells proved they still know how to end a picture.",
    # a title with its subtitle after a spaced dash: "The Witness" is where it begins, not
    # the 1985 Witness with an article added
    "Adam Pertofsky's work on The Witness - From the Balcony of Room 306 drew applause.",
])
def test_generator_false_flags_fixed(default_kb, text):
    assert _flags(default_kb, text) == []


def test_slip_beside_a_family_still_caught(default_kb):
    assert ("Kevin O'Conell", "Kevin O'Connell") in _flags(
        default_kb, "Hacksaw Ridge's sound team, Kevin O'Conell among them, won the Oscar.")


@pytest.mark.parametrize("text, name, eid", [
    # a subtitle set off by a spaced dash (folded to three spaces) or by the other mark than
    # the KB's: the same title, found whole -- not a shorter film, nor the title misspelt
    ("The retrospective opens with Mission: Impossible - Dead Reckoning Part One tonight.",
     "Mission: Impossible - Dead Reckoning Part One",
     "mission-impossible-dead-reckoning-part-one-2023-film"),
    ("Mission: Impossible \u2013 Dead Reckoning Part One was up for sound.",
     "Mission: Impossible \u2013 Dead Reckoning Part One",
     "mission-impossible-dead-reckoning-part-one-2023-film"),
    ("We watched Star Trek: The Motion Picture again.", "Star Trek: The Motion Picture",
     "star-trek-the-motion-picture-1979-film"),
    ("Dune - Part Two was nominated for best picture.", "Dune - Part Two",
     "dune-part-two-2024-film"),
])
def test_subtitle_after_either_mark(default_kb, text, name, eid):
    ms = link_names(Document(id="t", text=text), default_kb)
    assert [(m.text, m.entity.id, m.issue) for m in ms if m.entity_type == "film"] == [
        (name, eid, "none")]


def test_english_word_beside_a_film_is_no_cast_name_slipped(default_kb):
    # "Form" beside Witness (1985) is one letter from its star's surname, Ford, but a word of
    # the language: here the title's own word slipped, and the whole title is what is misspelt
    got = _flags(default_kb, "Adam Pertofsky's The Witness - Form the Balcony of Room 306 "
                             "opens in cinemas on Friday.")
    assert got == [("The Witness - Form the Balcony of Room 306",
                    "The Witness - From the Balcony of Room 306")]
