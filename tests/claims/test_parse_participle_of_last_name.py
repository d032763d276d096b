"""A participle set off by a comma right after the last of two joined titles speaks of the
last one: the parser hangs it on the first, and the nomination was checked (and refuted)
against the wrong film. Sentences are written for these tests; the facts are the default
KB's Oscar record (Roger Deakins's cinematography nominations)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_participle_after_the_second_title_is_that_film_s(default_kb):
    got = awards("In that stretch Roger Deakins also lit No Country for Old Men and True Grit, "
                 "nominated at the 83rd Academy Awards.", default_kb)
    assert got, "no award claim"
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]
    assert any(c.verdict == "supported" and "True Grit" in c.explanation for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_wrong_edition_for_the_second_title_is_caught_on_it(default_kb):
    got = awards("In that stretch Roger Deakins also lit No Country for Old Men and True Grit, "
                 "nominated at the 80th Academy Awards.", default_kb)
    assert any(c.verdict == "refuted" and "True Grit" in c.explanation for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_both_keeps_the_participle_on_the_pair(default_kb):
    got = awards("Roger Deakins lit Fargo and Kundun, both nominated for best cinematography "
                 "at the Academy Awards.", default_kb)
    assert all(c.verdict != "refuted" for c in got), [(c.text, c.explanation) for c in got]
