"""A category phrase that fits several forms the record splits a category into ("Best Short
Subject": Cartoons, One-Reel, Two-Reel at the 26th Academy Awards) holds for the form whose win
names the stated film only by its title (a producer's win for a short), and a phrase that says
a form's bracket in the singular ("Short Cartoon", spun "Brief Cartoon") names that form alone. Sentences are written
for these tests; facts are the default KB's Oscar record (Walt Disney, 26th Academy Awards: Toot,
Whistle, Plunk and Boom for the cartoon short, Bear Country for the two-reel short)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_form_whose_win_names_the_film_holds(default_kb):
    got = awards("Walt Disney won Best Short Subject for Bear Country at the 26th Academy "
                 "Awards.", default_kb)
    assert [v for v, _e in got] == ["supported"], got


def test_a_singular_bracket_word_names_that_form(default_kb):
    got = awards("Walt Disney won Best Short Cartoon for Bear Country at the 26th Academy "
                 "Awards.", default_kb)
    assert got and not any(v == "supported" for v, _e in got), got
    got = awards("At the 26th Academy Awards, Walt Disney won Finest Brief Cartoon for Toot, "
                 "Whistle, Plunk and Boom.", default_kb)
    assert [v for v, _e in got] == ["supported"], got
