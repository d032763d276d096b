"""A KB surname with its doubled letter written once is a misspelling even when what is
written is an ordinary word ("Demi More" for Demi Moore), and the one-word film of that word
("More") is not what a person's first name opens. Sentences of our own."""
from __future__ import annotations

import reelcheck


def names(text, kb):
    return [(m.text, m.entity.id, m.issue) for m in reelcheck.check(text, kb=kb).names]


def test_the_surname_slip_is_caught(default_kb):
    got = names("Fernanda Torres was nominated, along with Cynthia Erivo and Demi More.",
                default_kb)
    assert ("Demi More", "demi-moore", "misspelled") in got, got


def test_a_first_name_does_not_open_the_film(default_kb):
    got = names("Demi More was nominated for Best Actress.", default_kb)
    assert all(eid != "more-1998-film" for _t, eid, _i in got), got


def test_an_ordinary_word_beside_a_title_is_still_no_slip(default_kb):
    got = names("Director Baker spoke after the screening of Anora.", default_kb)
    assert all(i != "misspelled" for _t, _e, i in got), got
