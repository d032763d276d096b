"""Wrong links found by writing articles on the default KB: a one-word film title that opens an
unknown person's name at a sentence start, and a lone capitalised word taken for a KB person
the text never names in full (texts written for these tests)."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), kb)}


def test_a_title_that_is_a_given_name_opens_an_unknown_persons_name(default_kb):
    for text in ("Emma Stoan won Best Actress that night.",
                 "Julia Pemberton reviewed the film for us.",
                 "Emma Larkwood, a costume designer, was in the room."):
        got = _links(default_kb, text)
        assert not any(eid.endswith("-film") for _t, eid in got), (text, got)


def test_the_one_word_title_alone_is_still_the_film(default_kb):
    got = _links(default_kb, "Emma won two Oscars, including one for its score.")
    assert any(t == "Emma" and eid.endswith("-film") for t, eid in got)
    got = _links(default_kb, "Titanic Composer James Horner also won.")
    assert ("Titanic", "titanic-1997-film") in got


def test_a_surname_after_an_unknown_full_name_is_that_person(default_kb):
    text = ("The Hungarian director Ilse Varga shot her new drama in the north. "
            "Varga also wrote it, and Varga edited it herself.")
    assert not any(t == "Varga" for t, _e in _links(default_kb, text))


def test_a_surname_after_the_is_a_thing_named_for_someone(default_kb):
    text = "The nominees gathered at the Dolby before the show began."
    assert not any(t == "Dolby" for t, _e in _links(default_kb, text))


def test_a_famous_surname_alone_still_links(default_kb):
    got = _links(default_kb, "The crew watched Fellini's La Strada before the shoot.")
    assert ("Fellini", "federico-fellini") in got


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_misspelt_person_ties_the_misspelt_title_of_their_film(default_kb):
    # no ceremony or clean name ties the film: only the (misspelt) actor does
    got = _flagged(default_kb, "Brendan Frazer took the Oscar for Best Actor for The Wale.")
    assert ("The Wale", "The Whale") in got and ("Brendan Frazer", "Brendan Fraser") in got
    got = _flagged(default_kb, "Cate Blanchet won the Oscar for Best Actress for Blue Jazmine.")
    assert ("Blue Jazmine", "Blue Jasmine") in got


def test_a_misspelt_person_does_not_make_ordinary_titles_of_words(default_kb):
    got = _flagged(default_kb, "Brendan Frazer took the Oscar for Best Actor and wore The "
                               "Watch Collection on the carpet.")
    assert {t for t, _s in got} == {"Brendan Frazer"}


def test_a_sentence_opening_the_prize_is_the_prize_not_the_1966_film(default_kb):
    for text in ("The Oscar went to a first-time nominee that year.",
                 "The Oscar is still the prize every studio chases.",
                 "The Oscar for Best Actor went to Brendan Fraser."):
        got = _links(default_kb, text)
        assert not any(eid == "the-oscar-1966-film" for _t, eid in got), (text, got)
    # set off as a title, it is still the film
    for text in ("The Oscar (1966) starred Stephen Boyd.",
                 "Stephen Boyd starred in The Oscar."):
        assert any(eid == "the-oscar-1966-film" for _t, eid in _links(default_kb, text)), text


def test_a_one_word_title_misspelt_before_a_films_doing(default_kb):
    # the title pass compares only films tied to the text (here through the ceremony)
    got = _flagged(default_kb, "At the 70th Academy Awards, Titanik swept the ceremony.")
    assert ("Titanik", "Titanic") in got
    got = _flagged(default_kb, "At the 70th Academy Awards, Titanik won eleven Oscars.")
    assert ("Titanik", "Titanic") in got
    # an ordinary capitalised word there is no title
    got = _flagged(default_kb, "At the 70th Academy Awards, Tuxedos won the night.")
    assert not got


def test_a_title_spelt_by_ear(default_kb):
    got = _flagged(default_kb, "Moonlite won Best Picture over La La Land that year.")
    assert ("Moonlite", "Moonlight") in got


def test_a_headline_word_the_body_writes_inside_a_longer_name_is_not_the_film(default_kb):
    # "Salt" is a KB film; "The Salt Orchard" is a film the KB lacks (invented), written the
    # same way in the body, so the headline's "Salt" is part of that name
    text = ("Review: The Salt Orchard Finds Its Voice\n\nThe Salt Orchard, a first feature, "
            "opened the festival.")
    got = [(m.text, m.entity.id) for m in link_names(Document(id="h", text=text), default_kb)]
    assert not any(t == "Salt" for t, _e in got), got
    # a one-word title the body writes alone is the film in the headline too
    text = "Anora Wins Big At The Oscars\n\nAnora won five Oscars."
    got = [(m.text, m.entity.id) for m in link_names(Document(id="h", text=text), default_kb)]
    assert got[0] == ("Anora", "anora-2024-film")
