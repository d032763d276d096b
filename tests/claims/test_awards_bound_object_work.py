"""The work named inside a bound's object ("seven years after her win for La La Land") is the
earlier win's, never the work of the clause's own win: a win stated for one film with a time
bound on a win for another is not refuted as a win "for" both. Sentences are written for
these tests; facts are the default KB's (Emma Stone won Best Actress for La La Land at the
89th and for Poor Things at the 96th Academy Awards)."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_the_bounds_film_is_not_the_wins_work(default_kb):
    got = wins("Emma Stone won her second Oscar for Poor Things, seven years after her "
               "triumph for La La Land in 2017.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert all("la-la-land-2016-film" not in (c.slots.get("works") or []) for c in got
               if c.start == 0)


def test_the_wins_own_work_still_decides(default_kb):
    got = wins("Emma Stone won her second Oscar for La La Land, seven years after her "
               "triumph for Poor Things.", default_kb)
    assert any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
