"""Word alignment between an article's quote and a source: what counts as the same words and
how a difference is told."""
from __future__ import annotations

from reelcheck.quotes.match import align, is_close, same_person
from reelcheck.sources.terms import words


def test_punctuation_case_ellipses_and_curly_marks_are_the_same_words():
    a = align(words("\u201cI\u2019m NOT here\u2026 to make friends,\u201d"),
              'She said: "I\'m not here... to make friends." Then she left.')
    assert a.exact and is_close(a)


def test_one_changed_word_is_altered_and_named():
    a = align(words("nobody in the cast had ever done a scene like the house invasion before"),
              "He said nobody in the cast had ever done a scene like the home invasion before, "
              "and laughed.")
    assert not a.exact and is_close(a)
    assert a.differs == '"house" instead of "home"'


def test_neighbouring_edits_are_told_together_and_source_context_is_not_a_difference():
    a = align(words("I never wanted to make a movie that judged its characters at all"),
              "Early on I never wanted to make a film that judges the people in it at all. "
              "Then we left.")
    assert is_close(a)
    assert a.differs == ('"movie" instead of "film"; "judged its characters" instead of '
                         '"judges the people in it"')
    assert "early" not in a.original and "then" not in a.original


def test_added_and_dropped_words():
    a = align(words("we shot the whole wedding really fast in two nights"),
              "we shot the whole wedding in two nights on a borrowed camera")
    assert is_close(a) and a.differs == 'adds "really fast"'
    b = align(words("we shot the wedding in two nights"),
              "we shot the whole wedding in two nights")
    assert is_close(b) and b.differs == 'leaves out "whole"'


def test_unrelated_or_too_short_text_is_not_close():
    assert not is_close(align(words("the casino scenes were shot over eleven nights"),
                              "Madison grew up in Los Angeles and studied acting there."))
    assert align(words("never again"), "never ever again") is None   # short: exact only
    assert align(words("never again"), "I said never again, twice.").exact


def test_same_person_by_id_name_or_surname():
    assert same_person("sean-baker", "Sean Baker", "sean-baker", None) is True
    assert same_person(None, "Baker", None, "Sean Baker") is True
    assert same_person("sean-baker", "Sean Baker", "karren-karagulian", "Karren Karagulian") \
        is False
    assert same_person(None, "Jane Doorley", None, "Sean Baker") is False
    assert same_person(None, None, "sean-baker", "Sean Baker") is None
    assert same_person("sean-baker", "Sean Baker", None, None) is None
