"""A count with its noun left out, then its list: "won six: A, B and C". The parser hangs the
list after the colon on the verb (or on its subject) instead of on the number; each listed
prize is a win of the clause's subject at the clause's night, as after "six Oscars:".
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _items(text, kb):
    return [(c.slots.get("award"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and c.slots.get("count") is None]


def test_each_listed_prize_is_checked(default_kb):
    text = ("At the 94th Academy Awards, Dune won six: Best Cinematography, Best Film Editing, "
            "Best Original Score, Best Visual Effects and Best Costume Design.")
    assert _items(text, default_kb) == [
        ("academy-award-for-best-cinematography", "supported"),
        ("academy-award-for-best-film-editing", "supported"),
        ("academy-award-for-best-original-score", "supported"),
        ("academy-award-for-best-visual-effects", "supported"),
        ("academy-award-for-best-costume-design", "refuted")]


def test_a_few_words_between_the_number_and_the_colon(default_kb):
    text = ("At the 96th Academy Awards, Oppenheimer took seven in all: Best Picture, Best "
            "Director, Best Actor, Best Supporting Actor, Best Film Editing, Best "
            "Cinematography and Best Original Score.")
    assert [v for _a, v in _items(text, default_kb)] == ["supported"] * 7


def test_a_count_of_have_stays_unread(default_kb):
    # "had seven" may count nominations: its list is no list of wins
    text = ("At the 95th Academy Awards, The Fabelmans had seven nominations: Best Picture, "
            "Best Director and Best Original Score.")
    assert all(v != "refuted" for _a, v in _items(text, default_kb))


def test_have_with_a_bare_number_and_its_list_is_no_win(default_kb):
    # before: "had five: A, B and C" was read as three wins, each refuted (they were
    # nominations); "have" with a bare number says neither
    text = ("At the 95th Academy Awards, Elvis had eight: Best Picture, Best Actor and Best "
            "Cinematography.")
    assert _items(text, default_kb) == []
