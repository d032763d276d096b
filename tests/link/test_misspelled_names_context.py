"""Misspelled names in their context (issue #12, round 12): sentences written for this test.
A surname alone at a sentence's start after the full name, a surname that is also a grammar
word, a space or hyphen left out or put in, and real names the KB lacks beside KB names."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", [
    # a surname alone, one letter off someone the text has named in full, opening a sentence
    ("Cynthia Erivo was nominated for Wicked. Erivio also sang at the ceremony.", "Erivio",
     "Erivo"),
    ("Mikey Madison won for Anora. Madisson thanked Sean Baker first.", "Madisson",
     "Madison"),
    # a surname that is also a grammar word, capitalised mid-sentence after a name word
    ("Jeremey Strong was nominated for The Apprentice.", "Jeremey Strong", "Jeremy Strong"),
    ("The cast of The Apprentice includes Jeremi Strong as Roy Cohn.", "Jeremi Strong",
     "Jeremy Strong"),
    # a surname alone with its last letter doubled is a slip, not an inflection
    ("Sean Baker and Samantha Quan are married. Quann produced Anora.", "Quann",
     "Quan"),
    # a wrong first name beside the film, with a crew verb between
    ("Anora was directed by Shaun Baker.", "Shaun Baker", "Sean Baker"),
    ("Tangerine was produced by Shawn Baker on a small budget.", "Shawn Baker", "Sean Baker"),
    # two letters off a name the piece also writes right
    ("Bong Joon-ho made Parasite. Later, Bong Jong-ho thanked his cast.", "Bong Jong-ho",
     "Bong Joon Ho"),
])
def test_misspelt_name_in_context_is_flagged(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text, span, eid", [
    # a space put in or a hyphen left out: the name written another way, linked, not flagged
    ("Leonardo Di Caprio won Best Actor for The Revenant.", "Leonardo Di Caprio",
     "leonardo-dicaprio"),
    ("Hirokazu Koreeda won the Palme d'Or for Shoplifters.", "Hirokazu Koreeda",
     "hirokazu-kore-eda"),
])
def test_name_with_a_space_moved_is_the_name(default_kb, text, span, eid):
    ms = link_names(Document(id="t", text=text), default_kb)
    m = next(x for x in ms if x.text == span)
    assert m.entity.id == eid and m.issue == "none"


@pytest.mark.parametrize("text", [
    # real people the KB lacks whose names are near a KB name the text mentions or is tied to
    "Sean Bean also attended the Cannes festival that year.",
    "Will Ferrell joked about Colin Farrell on stage.",
    "Grace Kelly and Gene Kelly were both at the Oscars that year.",
    # a sentence opening with a word that is no near spelling of anyone the text names
    "Mikey Madison won for Anora. Mostly the critics agreed.",
    # a capitalised grammar word at a sentence's start is no surname
    "Jeremy Strong was nominated. Strong words followed from Sebastian Stan.",
])
def test_real_names_and_words_near_kb_names_are_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text", [
    # the text says who this is: an occupation outside film-making the KB person lacks
    "Alex Cocco, a critic, disliked Anora.",
    "Anora divided viewers; columnist Mikey Madisen called it overlong.",
    "Ivy Wolf, a local journalist, reviewed Anora.",
])
def test_name_given_another_occupation_is_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []


def test_name_given_the_kb_persons_own_occupation_is_still_flagged(default_kb):
    assert ("Alex Cocco", "Alex Coco") in _flags(
        default_kb, "Alex Cocco, a producer, worked on Anora.")


@pytest.mark.parametrize("text, wrong, right", [
    # a first name botched (same first letter, another given name) of someone named in full
    ("Sean Baker won Best Director for Anora. At the podium, Steve Baker thanked the sex "
     "worker community.", "Steve Baker", "Sean Baker"),
    ("Mikey Madison won Best Actress for Anora. Later that night Mary Madison celebrated at "
     "the Governors Ball.", "Mary Madison", "Mikey Madison"),
    ("Adrien Brody won Best Actor for The Brutalist. Alan Brody gave the longest speech in "
     "Oscar history.", "Alan Brody", "Adrien Brody"),
])
def test_first_name_botched_after_the_full_name(default_kb, text, wrong, right):
    assert (wrong, right) in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    # kin in the paragraph, an apposition introducing someone new, another first letter
    "Kieran Culkin won for A Real Pain. Kieran's brother Kevin Culkin cheered from the "
    "audience.",
    "Eric Roberts praised Anora on social media, and his daughter Emma Roberts agreed.",
    "Jeff Bridges and Jordan Bridges were both at the Oscars, and the family posed together.",
    "Demi Moore lost to Mikey Madison. Dan Moore, a casting agent, said she deserved it.",
    "Ralph Fiennes was nominated for Conclave. Martha Fiennes directed Onegin.",
    # a first word that is no one's first name: an adjective, not a botched given name
    "Mikey Madison won for Anora. Miraculous Madison, one critic called her.",
])
def test_same_surname_others_are_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong", [
    # a prize named with an elided French particle keeps its particle word in the name
    ("Anora won the Palm d\u2019Or at Cannes.", "Palm d\u2019Or"),
    ("Anora took the coveted Palm D'Or at the 77th Cannes Film Festival.", "Palm D'Or"),
])
def test_prize_with_an_elided_particle_misspelt(default_kb, text, wrong):
    assert (wrong, "Palme d'Or") in _flags(default_kb, text)


@pytest.mark.parametrize("text", [
    "Titane won the Palme d\u2019Or.",
    "Anora won the Palme d'Or at Cannes.",
    # nothing ties it to the text: a souvenir, not the prize
    "He bought a Palm d'Or souvenir.",
])
def test_prize_with_its_particle_spelt_right_or_untied_is_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []
