"""Misspelled names found by fuzzing (session 14, h36f): KB names with one letter dropped,
doubled, swapped or changed, in sentences written for this test, beside what ties them to
the text -- a title several KB films share, a middle initial, a film title that is also a
trade word, a title with a possessive -- and ordinary words beside those that stay
unflagged."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    # tied through a title several KB films share: the 2021 remake, not the 1961 film the
    # title is first read as; a place's name that is also the film's
    ("Steven Spielbeg was nominated for Best Director for West Side Story.",
     "Steven Spielbeg", "Steven Spielberg"),
    ("In West Side Story, Steven Spiellberg earned a Best Director nomination.",
     "Steven Spiellberg", "Steven Spielberg"),
    ("Saoirse Ronnan was nominated for Best Actress for Brooklyn.",
     "Saoirse Ronnan", "Saoirse Ronan"),
    ("James Freind shot All Quiet on the Western Front, and was nominated for it.",
     "James Freind", "James Friend"),
])
def test_tied_through_a_shared_title(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text, wrong, right", [
    # the KB writes the initial with its full stop; the text's word has none to compare
    ("In American Sniper, Gary D. Roacch earned a Best Film Editing nomination.",
     "Gary D. Roacch", "Gary D. Roach"),
    ("Gary D. Roich was nominated for editing American Sniper.",
     "Gary D. Roich", "Gary D. Roach"),
])
def test_initial_with_a_full_stop(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


def test_title_before_a_name_is_no_occupation(default_kb):
    # "The Reader," before the name is the film the text links, not a reader of the paper
    assert ("Kate Wirslet", "Kate Winslet") in _flags(
        default_kb, "In The Reader, Kate Wirslet earned a Best Actress nomination.")


@pytest.mark.parametrize("text", [
    # a title read as a place: nobody in it is one letter from someone tied to the film
    "In Brooklyn, Saoirse Robin opened a bakery with her cousin last spring.",
    # a reader of the paper is still set apart by the word, when no title is linked there
    "Kate Winslow, a reader from Leeds, wrote to the paper about parking.",
    # ordinary words beside a film or its maker
    "Sean Baker directed Tangerine. Tangerines were handed out at the screening.",
    "Barry Jenkins directed Moonlight. Moonlit streets of Miami appear throughout.",
    "Greta Gerwig directed Barbie. Barbies filled the toy shop windows.",
    "Bong Joon-ho directed Parasite. Parasites in the water supply worried residents.",
    "Tom McCarthy directed Spotlight. Spotlights swept the red carpet.",
    "Christopher Nolan directed Dunkirk. Dunkin sponsored the after-party.",
])
def test_no_flag_without_a_tie(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # a word of the language opening a sentence, one letter off a film the text names or
    # ties to a name it gives: capitalised by the sentence, not a title misspelt
    "Joaquin Phoenix starred in Joker. Joked about it, the host moved on.",
    "Todd Phillips directed Joker. Jokes about it filled the late-night shows.",
    "Todd Phillips was interviewed on stage. Jokes aside, he spoke about his next project.",
    "Edward Berger directed Conclave. Concave mirrors lined the set.",
])
def test_sentence_opening_word_of_the_language(default_kb, text):
    assert _flags(default_kb, text) == []


def test_a_possessive_is_a_name_though_a_word(default_kb):
    # "Steep" is a word, but one that owns a performance is Meryl Streep misspelt
    text = ("Meryl Streep was nominated for Into the Woods. Steep's performance drew "
            "praise.")
    assert ("Steep", "Streep") in _flags(default_kb, text)


@pytest.mark.parametrize("text, wrong, right", [
    # a letter dropped where "our" stands is no British/American spelling unless the "our"
    # is the -our of colour, favourite, honourable
    ("Audiences loved The Hors, and Nicole Kidman was nominated for it.", "The Hors",
     "The Hours"),
    ("Three Billboards outside Ebbing, Missori won Frances McDormand an Oscar.",
     "Three Billboards outside Ebbing, Missori",
     "Three Billboards outside Ebbing, Missouri"),
])
def test_dropped_letter_is_no_american_spelling(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


def test_american_spelling_of_a_title_stays_unflagged(default_kb):
    assert _flags(default_kb, "The Favorite won awards for Olivia Colman.") == []


@pytest.mark.parametrize("text, wrong, right", [
    # a title with a possessive, one word misspelt: the 's the word stops before is the
    # title's own ("kings" among the title's words)
    ("Audiences loved The King's Speeh, and Geoffrey Rush was nominated for it.",
     "The King's Speeh", "The King's Speech"),
    ("Liam Neeson starred in Schindlr's List.", "Schindlr's List", "Schindler's List"),
])
def test_title_with_a_possessive_misspelt(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "The King's Speech won Best Picture for Tom Hooper.",
    "Mikey Madison, star of Anora, thanked Sean Baker's crew.",
])
def test_possessive_title_written_right_or_a_person_s(default_kb, text):
    assert _flags(default_kb, text) == []


def test_title_described_as_something_else(default_kb):
    # set off by commas, the text says what the word is: a shop, not the film misspelt
    assert _flags(default_kb, "Wicked earned ten nominations. Wickes, a hardware chain, "
                              "sponsored the party.") == []


@pytest.mark.parametrize("text, wrong, right", [
    ("Cynthia Erivo starred in Wiked, the Broadway adaptation, last year.", "Wiked",
     "Wicked"),
    ("Ralph Fiennes starred in Conclav, the Vatican thriller, last year.", "Conclav",
     "Conclave"),
])
def test_title_described_as_a_film_still_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "Christopher Nolan cast Cillian Murphy in Oppenheimer. Murphey, a carpenter in Cork, "
    "is no relation.",
    "Sean Baker won the Palme d'Or. Shaun Bakker, a dentist from Utrecht, also visited.",
])
def test_surname_beside_a_trade_outside_film(default_kb, text):
    assert _flags(default_kb, text) == []
