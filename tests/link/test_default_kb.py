"""The linker on the bundled default KB, over an essay written for this test (data/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document

ESSAY = (Path(__file__).parent / "data" / "anora-essay.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def mentions(default_kb):
    return link_names(Document(id="essay", text=ESSAY), default_kb)


def test_only_the_planted_misspellings_are_flagged(mentions):
    flagged = {(m.text, m.suggestion) for m in mentions if m.issue == "misspelled"}
    assert flagged == {("Mikey Maddison", "Mikey Madison"), ("Sean Bakker", "Sean Baker"),
                       ("Yuri Borisof", "Yura Borisov"),
                       ("Karagullian", "Karagulian")}


def test_cast_and_characters_are_linked(mentions):
    got = {(m.text, m.entity.id) for m in mentions if m.issue == "none"}
    for pair in [("Karren Karagulian", "karren-karagulian"), ("Mikey Madison", "mikey-madison"),
                 ("Madison", "mikey-madison"), ("Mark Eydelshteyn", "mark-eydelshteyn"),
                 ("Baker", "sean-baker"), ("Ani", "anora-mikheeva"),
                 ("Vanya", "ivan-zakharov"), ("Toros", "toros"), ("Igor", "igor")]:
        assert pair in got


def test_spans_and_film_sense(mentions):
    for m in mentions:
        assert ESSAY[m.start:m.end] == m.text
    anora = [m for m in mentions if m.text == "Anora"]
    assert anora and all(m.entity.id == "anora-2024-film" for m in anora)
    # ordinary capitalised words stay unlinked
    linked = {m.text for m in mentions}
    assert not linked & {"Why", "Still", "Matters", "March", "Tuesday", "Whatever", "Nobody",
                         "December", "Russian", "Lincoln Center"}


def test_a_title_several_films_share_means_the_one_the_kb_knows_most_about(default_kb):
    # two KB films are called "Titanic" (1953, 1997); with nothing in the text to tie either,
    # the one with the larger record is the likelier reading, and the mention says it is
    # ambiguous
    got = link_names(Document(id="t", text="Titanic swept the Oscars."), default_kb)
    m = next(x for x in got if x.text == "Titanic")
    assert m.entity.id == "titanic-1997-film" and m.issue == "ambiguous"


def test_a_word_that_ends_a_longer_unknown_name_is_not_linked_alone(default_kb):
    # "Festival" is a KB film's title and "Heron" a KB person's surname; here each is the last
    # word of a name the KB does not know (an invented festival and its prize)
    text = ("Nora Lind's debut took the Amber Gull at the 7th Fjordhaven International Film "
            "Festival, and the jury also gave the Silver Heron to her editor.")
    linked = {m.text for m in link_names(Document(id="t", text=text), default_kb)}
    assert "Festival" not in linked and "Heron" not in linked


def test_a_title_after_a_capitalised_label_is_still_linked(default_kb):
    # the words before the title are a label of the trade, or a possessive: the title stands
    for text in ("Critics adored Best Picture Anora.", "Voters loved Sean Baker's Anora.",
                 "We met Dr Baker's star, Mikey Madison, in Cannes."):
        ids = {m.entity.id for m in link_names(Document(id="t", text=text), default_kb)}
        assert ids & {"anora-2024-film", "mikey-madison"}, text


def test_a_title_that_runs_on_into_a_capitalised_word_is_a_longer_name(default_kb):
    # "The Producers" is a KB film; "The Producers Guild" is the guild, at a sentence's start
    # or inside it; the film stands when the next word is a grammar or calendar word
    for text in ("The Producers Guild handed Anora its top prize.",
                 "Later, the jury of The Producers Guild met in Los Angeles."):
        ids = {m.entity.id for m in link_names(Document(id="t", text=text), default_kb)}
        assert "the-producers-1968-film" not in ids, text
    ids = {m.entity.id for m in link_names(Document(
        id="t", text="Mel Brooks made The Producers in 1967."), default_kb)}
    assert "the-producers-1968-film" in ids
