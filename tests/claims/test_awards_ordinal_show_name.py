"""'Won a second Academy Award, for Best Supporting Actor': an ordinal on the show's own name
written in two words ("Academy Award", "Golden Globe") counts every prize of the show, as one
on "Oscar" does, not the wins in the category the sentence names after it
(claims/awards/ `_ordinal_of_family`). Sentences are written for these tests; the facts are
the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _ordinal(text, kb, word):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if word in c.text and c.slots.get("kind") == "award"]


LEAD = "Gene Hackman took the best actor Oscar for The French Connection in 1972. "


def test_the_second_of_all_his_academy_awards_is_supported(default_kb):
    got = _ordinal(LEAD + "In 1993 he collected a second Academy Award, for best "
                   "supporting actor.", default_kb, "second")
    assert [v for v, _ in got] == ["supported"], got


def test_a_wrong_ordinal_of_all_his_academy_awards_is_still_refuted(default_kb):
    got = _ordinal(LEAD + "In 1993 he collected his third Academy Award, for best "
                   "supporting actor.", default_kb, "third")
    assert [v for v, _ in got] == ["refuted"], got
    assert "second" in got[0][1], got
