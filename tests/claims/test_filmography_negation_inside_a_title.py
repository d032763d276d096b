"""A negation inside a title ("Boys Don't Cry", "Don't Look Up") is the work's name, not a denial
of the credit: a list row "3. Hilary Swank (Boys Don't Cry)" had been read as "the article denies
it" and refuted. A negation outside the title still denies. Sentences are written for these
tests; the credits are the default KB's."""
from __future__ import annotations

import reelcheck


def _credits(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "filmography"]


def test_a_title_s_own_negation_denies_nothing(default_kb):
    got = _credits("3. Hilary Swank (Boys Don't Cry)\n\nShe won Best Actress at the 72nd "
                   "Academy Awards.\n", default_kb)
    assert got and all(v == "supported" for v, _ in got), got


def test_a_negation_outside_the_title_still_denies(default_kb):
    got = _credits("Hilary Swank did not star in Boys Don't Cry.", default_kb)
    assert [v for v, _ in got] == ["refuted"], got
