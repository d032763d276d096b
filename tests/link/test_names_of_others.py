"""Names close to a KB person's that belong to someone else (sentences written for these
tests): another name the KB's words include, a relative, a second person named in the same
sentence, a film that ends the clause before the name. Real slips beside them stay flagged."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    # a word the KB's names include, heard with other consonants, where the person is only
    # tied to the text through a film of theirs: another name
    "Kathy Baker starred in the stage version of Misery.",
    "John Hunt wrote a book about The Elephant Man.",
    "Helen Hurt reviewed As Good as It Gets.",
])
def test_another_known_name_tied_only_by_a_film(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # the person's surname, another first name, in a paragraph that tells of kin
    "Joan Cusack was nominated for Working Girl. Her brother John Cusack was not.",
    "John Cusack's sister was nominated for In & Out.",
])
def test_a_relative_is_not_a_misspelling(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # the person named in full, right, in the same sentence: the close name is another's
    "Kathy Bates won for Misery, and Kathy Baker won Emmys.",
    "Sean Baker directed Anora, while Sam Baker wrote about it.",
])
def test_a_second_person_in_the_same_sentence(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # a film that ends the clause before (", and", ", while") is not the named person's film
    "Breaking the Waves was praised, while Emma Watson was in school.",
    "Little Miss Sunshine was a hit, and Adam Arkin was proud.",
])
def test_a_film_in_the_clause_before(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # studio heads and film families in a history piece
    "Jack Warner and Harry Warner ran the studio behind Casablanca.",
    "Walter Huston, John Huston and Anjelica Huston all won Oscars; Jack Huston acts too.",
])
def test_history_namesakes(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    # only vowels, a doubled letter or a silent letter differ: a slip, whatever the KB knows
    ("Vivian Leigh played Scarlett in Gone with the Wind.", "Vivian Leigh", "Vivien Leigh"),
    ("Sydney Poitier won best actor for Lilies of the Field.", "Sydney Poitier",
     "Sidney Poitier"),
    ("Stephen Spielberg directed Lincoln.", "Stephen Spielberg", "Steven Spielberg"),
    ("John Voight won for Coming Home.", "John Voight", "Jon Voight"),
    ("Emma Thomson took home an Oscar for Sense and Sensibility.", "Emma Thomson",
     "Emma Thompson"),
    # a letter doubled in the first name is a slip, kin in the paragraph or not
    ("Karen Karagulian plays Toros in Anora. His brother Garnick is played by Yura Borisov.",
     "Karen Karagulian", "Karren Karagulian"),
    # a later sentence may misspell a name the text gave right
    ("Kathy Bates won for Misery. Later, Kathy Bites thanked the crew.", "Kathy Bites",
     "Kathy Bates"),
    # a film before the name with no clause between still ties it
    ("In Anora, Michael Madison plays a dancer.", "Michael Madison", "Mikey Madison"),
])
def test_slips_beside_them_stay_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)
