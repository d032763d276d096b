"""A number inside an attribution ("..., according to one trade paper", "according to two
critics") counts the sources, not the prize: it is no slot the claim leaves unchecked
(claims/awards/, _unchecked; lexicon qualifiers.hearsay.attributions), and "one" read as a
number still leaves the source unnamed, a hedge (claims/__init__.py, _attributed). Sentences
are written for these tests; facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.hedged, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_a_count_of_sources_does_not_hold_back_a_wrong_film(default_kb):
    got = _claims("Daniel Day-Lewis won the Oscar for The Age of Innocence, according to "
                  "one trade paper.", default_kb)
    assert any(v == "refuted" for v, _h, _t in got), got


def test_one_unnamed_source_hedges_the_sentence(default_kb):
    got = _claims("Jack Nicholson took the Oscar for Chinatown, according to one weekly "
                  "magazine.", default_kb)
    assert got and all(h for _v, h, _t in got), got


def test_a_count_of_sources_does_not_hold_back_a_true_win(default_kb):
    got = _claims("Jack Nicholson took the Oscar for Terms of Endearment, according to three "
                  "film historians.", default_kb)
    assert any(v == "supported" for v, _h, _t in got), got
