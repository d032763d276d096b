"""The part a credit names is borne out by any of the person's prizes for that work that
names it: Demi Moore's credit on The Substance is read from her Golden Globe win (which names
no part), and her Oscar nomination for the same film names Elisabeth Sparkle. Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_the_part_another_prize_for_the_work_names_supports(default_kb):
    got = credits("In The Substance, Demi Moore played the fading star Elisabeth Sparkle.",
                  default_kb)
    got += credits("Demi Moore played Elisabeth Sparkle in The Substance.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_part_no_prize_names_stays_open(default_kb):
    got = credits("Demi Moore played Sue in The Substance.", default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
