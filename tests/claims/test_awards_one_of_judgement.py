"""A win told "in one of the biggest upsets" states no count: "one" of a judgement noun (the
accounting's degree_judgement_nouns: upset, surprise, shock, ...) is membership in a set the
writer judges, not a number the win leaves unchecked (claims/awards/, _unchecked). The win
itself is judged as said. Sentences are written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import reelcheck


def _wins(rep):
    return [(c.verdict, c.explanation) for c in rep.claims if "won" in c.text]


def test_a_true_win_told_as_one_of_the_great_shocks_is_supported(default_kb):
    rep = reelcheck.check("In one of the great shocks of the decade, Green Book won Best "
                          "Picture at the 91st Academy Awards.", kb=default_kb)
    got = _wins(rep)
    assert got and got[0][0] == "supported", got


def test_a_wrong_win_told_so_is_still_refuted(default_kb):
    rep = reelcheck.check("In one of the great shocks of the decade, Roma won Best Picture at "
                          "the 91st Academy Awards.", kb=default_kb)
    got = _wins(rep)
    assert got and got[0][0] == "refuted" and "Green Book" in got[0][1], got


def test_one_of_a_count_of_prizes_is_still_a_number(default_kb):
    rep = reelcheck.check("Green Book won Best Picture at the 91st Academy Awards, one of its "
                          "seven wins that night.", kb=default_kb)
    assert not any(c.verdict == "supported" and "seven" in c.text for c in rep.claims), \
        [(c.verdict, c.text, c.explanation) for c in rep.claims]
