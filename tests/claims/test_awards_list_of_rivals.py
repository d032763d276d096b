"""'X beat A, B, C and D for the prize': the commas of a list of rivals in one role part no
clauses (claims/frames.py, _remnants), and each rival was in the running where X won it
(claims/awards/, same_night_as). Sentences are written for these tests; the facts are the
default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_list_of_rivals_is_no_gapped_clause(default_kb):
    got = _awards("In 1993 Marisa Tomei beat Vanessa Redgrave, Judy Davis, Joan Plowright and "
                  "Miranda Richardson for best supporting actress at the Oscars.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_each_rival_is_judged_at_the_winners_night(default_kb):
    got = _awards("Marisa Tomei beat Vanessa Redgrave, Judy Davis and Joan Plowright for best "
                  "supporting actress at the Oscars.", default_kb)
    assert got and "50th" not in got[0].explanation, [(c.text, c.explanation) for c in got]
    assert got[0].explanation.count("65th") >= 4


def test_a_rival_who_was_not_in_the_running_that_night_is_not_supported(default_kb):
    got = _awards("Marisa Tomei beat Vanessa Redgrave, Judy Davis and Glenn Close for best "
                  "supporting actress at the Oscars.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), [
        (c.text, c.explanation) for c in got]
