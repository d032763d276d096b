"""A body's long name written with a word slipped is a misspelling with the right spelling
suggested ("Academy of Motion Pictures Arts and Sciences", "Directers Guild of America"); the
same name with an ampersand is the name; and a guild's name inside the longer name of its
awards is that award, not the guild nor the country at its end. Sentences written for these
tests; the names are the default KB's (kb/factsheets/organizations.yaml)."""
from __future__ import annotations

import reelcheck


def names(text, kb):
    return [(n.text, n.issue, n.suggestion) for n in reelcheck.check(text, kb=kb).names]


def test_a_word_in_the_other_number_is_a_misspelling_of_a_long_name(default_kb):
    assert names("Ballots go to members of the Academy of Motion Pictures Arts and Sciences.",
                 default_kb) == [("Academy of Motion Pictures Arts and Sciences", "misspelled",
                                  "Academy of Motion Picture Arts and Sciences")]
    assert names("Ballots go to members of the Producer Guild of America.", default_kb) == [
        ("Producer Guild of America", "misspelled", "Producers Guild of America")]


def test_a_letter_slipped_in_a_long_name_is_caught_and_the_country_in_it_is_not_linked(
        default_kb):
    assert names("The Directers Guild of America held its dinner in February.",
                 default_kb) == [("Directers Guild of America", "misspelled",
                                  "Directors Guild of America")]


def test_the_name_itself_with_an_ampersand_or_inside_a_longer_name_is_no_misspelling(
        default_kb):
    assert names("Ballots go to members of the Academy of Motion Picture Arts & Sciences.",
                 default_kb) == [("Academy of Motion Picture Arts & Sciences", "none", None)]
    got = reelcheck.check("The Directors Guild of America Awards were held in February.",
                          kb=default_kb).names
    assert [(n.text, n.entity.id) for n in got] == [("Directors Guild of America Awards",
                                                    "dga-awards")]
    got = reelcheck.check("The Writers Guild of America went on strike.", kb=default_kb).names
    assert [(n.text, n.issue, n.entity.id) for n in got] == [
        ("Writers Guild of America", "none", "writers-guild-of-america")]


def test_a_long_stretch_of_grammar_words_joins_no_names():
    # a body's name has a grammar word or two between its capitalised words ("of the"); a long
    # stretch of them (a run-on text) ends the run rather than growing it without end
    from reelcheck.link import bodies
    from reelcheck.link.tokens import tokenize
    text = "Oscar " + "and the of " * 400 + "Guild of the Directors Union"
    got = [[t.text for t in r] for r in bodies.runs(tokenize(text), text)]
    assert got == [["Guild", "of", "the", "Directors", "Union"]]


def test_a_slipped_body_name_at_the_end_of_a_long_run_of_names_is_caught(default_kb):
    # a run of capitalised names joined by "and" hundreds of words long: the windows tried
    # are those of the lengths the KB's body names have (a pass per length, not per pair of
    # words), and the slipped name at its end is found as in a short sentence
    text = "Thanks went to " + "Sean Baker and Mikey Madison and " * 300 + \
        "Directers Guild of America"
    got = [(n.text, n.suggestion) for n in reelcheck.check(text, kb=default_kb).names
           if n.issue == "misspelled"]
    assert got == [("Directers Guild of America", "Directors Guild of America")]
