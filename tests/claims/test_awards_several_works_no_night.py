"""Several works in one "for" phrase with no night stated ("won Oscars for A and B") may each
be of a night of their own: each must be one the person's wins were for, at any night
(verify/wins.py _works_of_wins); the night of the first work is not the claim's. A list that
ends a subject's relative clause keeps its last member ("X, who had won for "A" and "B,"
took ...": claims/attach.py _conjuncts_read_as_subjects), and a second win of the sentence for
another work is a claim of its own (claims/__init__.py _dedupe). Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_two_works_of_two_nights_are_not_refuted_as_one_night(default_kb):
    got = _award("The composer Ludwig Göransson has won Oscars for Black Panther and "
                 "Oppenheimer.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got


def test_a_work_never_won_for_is_still_not_supported(default_kb):
    got = _award("The composer Ludwig Göransson has won Oscars for Black Panther and Tenet.",
                 default_kb)
    assert got and all(v != "supported" for v, *_ in got), got


def test_the_last_title_of_a_relative_clause_is_not_the_main_subject(default_kb):
    got = _award('Ludwig Göransson, who had already won for "Black Panther" and "Oppenheimer," '
                 'took home his third Oscar for "Sinners."', default_kb)
    main = [g for g in got if "third" in g[1]]
    assert main and main[0][0] == "supported" and "Goransson" in main[0][2], got


def test_a_second_win_for_another_work_is_a_claim_of_its_own(default_kb):
    got = _award("Ludwig Göransson, who had won for Black Panther, took home his third Oscar "
                 "for Oppenheimer.", default_kb)
    main = [g for g in got if "third" in g[1]]
    assert main and main[0][0] == "refuted", got
