"""A headline in Title Case that keeps its short grammar words in lower case, as most outlets'
style has it ("Emma Stone Wins Best Actress Oscar for Poor Things", "... at the 92nd Academy
Awards"): it is parsed in sentence case like any other headline, so its verb is a verb and not
one more word of a long name. An ordinal's suffix ("92nd") is no lower-case word. Sentences are
written for these tests; facts are the default KB's (96th Academy Awards: Best Actress to Emma
Stone for Poor Things, Best Supporting Actress to Da'Vine Joy Randolph; 92nd: Best Picture to
Parasite; 91st: Best Picture to Green Book)."""
from __future__ import annotations

import reelcheck
from award_claims import readings as awards


def test_a_headline_with_lower_case_prepositions_is_read(default_kb):
    got = awards("Emma Stone Wins Best Actress Oscar for Poor Things", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Emma Stone Wins Best Supporting Actress Oscar for Poor Things", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    got = awards("Brendan Fraser Wins Best Actor for The Whale", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Brendan Fraser Wins Best Actor for Elvis", default_kb)
    assert "supported" not in [v for v, _e in got], got


def test_an_ordinal_in_a_headline_leaves_it_a_headline(default_kb):
    got = awards("Parasite Wins Best Picture at the 92nd Academy Awards", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    got = awards("Parasite Wins Best Picture at the 91st Academy Awards", default_kb)
    assert [v for v, _e in got] == ["refuted"], got
    # a letter outside ASCII ends no word of its own ("P\u00e9rez"), so the line is a headline
    got = awards("Zoe Salda\u00f1a Wins Best Supporting Actress for Emilia P\u00e9rez", default_kb)
    assert [v for v, _e in got] == ["supported"], got
    # a list of names with small words between them is no headline: nothing refuted
    got = awards("Emma Stone and Ryan Gosling in La La Land", default_kb)
    assert not any(v == "refuted" for v, _e in got), got
    # a line of names and nouns with no verb stays as written: "director" still reads as the
    # film's credit
    got = reelcheck.check("Anora Director Sean Baker on the Road to Cannes", kb=default_kb).claims
    assert [c.verdict for c in got if c.category == "crew"] == ["supported"], got
