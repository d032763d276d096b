"""Words a scraper glued together are parsed as the words they are, and nothing else is split.
The text (and so every offset) is unchanged."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import nlp


def words(text):
    doc = nlp()(text)
    assert doc.text == text
    return [t.text for t in doc]


def test_glued_words_are_split_where_the_space_was_lost():
    assert words("She spoke atthe Academy.")[2:4] == ["at", "the"]
    assert words("It won at theAcademy Awards.")[3:5] == ["the", "Academy"]
    assert words("The story is abouta dancer.")[3:5] == ["about", "a"]
    assert words("Jane Ardentwas not there.")[1:3] == ["Ardent", "was"]


def test_real_words_names_and_particles_stay_whole():
    for text in ("Holland and Cleveland were there.", "Anybody could see the frontrunner.",
                 "Piero della Francesca painted it.", "The Baldwin brothers went inside.",
                 "Everybody was underscoring the inline notes.", "McDonald bought an iPhone."):
        assert words(text) == [t.text for t in nlp().tokenizer.tokenizer(text)], text


def test_a_glued_sentence_gives_the_claim_of_the_spaced_one(default_kb):
    def got(text):
        return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims]
    spaced = got("Sean Baker won the Palme d'Or at the 77th Cannes Film Festival.")
    assert spaced and got("Sean Baker won the Palme d'Or atthe 77th Cannes Film Festival.") == \
        spaced


def test_glued_words_are_read_from_the_token_arrays_by_string_id():
    tok = nlp().tokenizer
    text = "She sat atthe back (8 of 10), then spoke at theAcademy dinner in 2024."
    doc = tok(text)
    assert doc.text == text
    got = [t.text for t in doc]
    assert got[2:4] == ["at", "the"] and got[got.index("Academy") - 1] == "the"
    # each word's cut is kept by its string id: a Token is made only for a word that splits
    strings = nlp().vocab.strings
    assert tok._orth_cuts[strings["atthe"]] == 2 and tok._orth_cuts[strings["dinner"]] == 0
