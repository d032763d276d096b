"""'Parasite (Palme d'Or, 2019) won Best Picture at the 92nd Academy Awards': a bracket set on
a name that holds only a prize (and its year) says the name won it (claims/frames.py
`_bracketed_prizes`). Its prize and year are its own claim's, not the verb's: before, the
bracket's prize was taken into the verb's clause and the category could not be read. Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _clauses(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_bracketed_prize_and_the_verb_s_own(default_kb):
    got = _clauses("Parasite (Palme d'Or, 2019) won Best Picture at the 92nd Academy Awards.",
                   default_kb)
    assert [v for _t, v in got] == ["supported", "supported"], got


def test_a_wrong_year_in_the_bracket_is_the_bracket_s(default_kb):
    got = _clauses("Parasite (Palme d'Or, 2016) won Best Picture at the 92nd Academy Awards.",
                   default_kb)
    assert [v for _t, v in got] == ["refuted", "supported"], got
    assert "(Palme" in got[0][0] and "92nd" not in got[0][0], got


def test_a_wrong_edition_for_the_verb_is_the_verb_s(default_kb):
    got = _clauses("Parasite (Palme d'Or, 2019) won Best Picture at the 93rd Academy Awards.",
                   default_kb)
    assert [v for _t, v in got] == ["supported", "refuted"], got


def test_a_bracket_with_more_than_a_prize_is_no_win(default_kb):
    # ("contender" is no prize: the bracket says nothing of a win)
    got = _clauses("Anora (Palme d'Or contender) won five Oscars.", default_kb)
    assert all("contender" not in t or v != "refuted" for t, v in got), got
