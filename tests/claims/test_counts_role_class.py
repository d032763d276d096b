"""A count said in a role ("two Oscar nominations as a director", "nominated twice as
director", "as an actor, won three") counts the categories of that role (lexicon
categories.role_classes), not the whole record: a director's career total, which holds the
Best Picture nominations as a producer, must not refute it (claims/awards/ _for_class).
The class a count carries is kept per clause (Slots.classes), so a second verb in the
sentence does not wipe it. Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import reelcheck


def _rows(rep):
    return [(c.verdict, c.text, c.explanation) for c in rep.claims]


def test_a_count_as_a_director_is_not_refuted_by_the_career(default_kb):
    rep = reelcheck.check("At the Academy Awards, Christopher Nolan has collected two "
                          "nominations as a director.", kb=default_kb)
    got = [r for r in _rows(rep) if "two" in r[1]]
    assert got and got[0][0] == "supported" and "director" in got[0][2], _rows(rep)


def test_a_wrong_count_as_a_director_is_refuted_within_the_role(default_kb):
    rep = reelcheck.check("At the Academy Awards, Jane Campion has collected five "
                          "nominations as a director.", kb=default_kb)
    got = [r for r in _rows(rep) if "five" in r[1]]
    assert got and got[0][0] == "refuted" and "2 Oscar nominations in director" in got[0][2], \
        _rows(rep)


def test_the_role_survives_a_second_verb_in_the_sentence(default_kb):
    rep = reelcheck.check("Christopher Nolan was nominated for two Oscars as a director and "
                          "took home one.", kb=default_kb)
    got = [r for r in _rows(rep) if "two Oscars" in r[1]]
    assert got and got[0][0] != "refuted", _rows(rep)


def test_acting_class_survives_a_second_verb(default_kb):
    rep = reelcheck.check("Frances McDormand has been nominated six times for acting and "
                          "has won best picture once.", kb=default_kb)
    got = [r for r in _rows(rep) if "six times" in r[1]]
    assert got and got[0][0] == "supported", _rows(rep)


def test_a_noun_count_for_acting_is_not_supported_by_the_whole_record(default_kb):
    # four in all counting a Best Picture won as a producer, three of them for acting
    rep = reelcheck.check("At the Academy Awards, Frances McDormand has taken home four "
                          "Oscars for acting.", kb=default_kb)
    got = [r for r in _rows(rep) if "four" in r[1]]
    assert got and got[0][0] == "refuted" and "actor or actress" in got[0][2], _rows(rep)
