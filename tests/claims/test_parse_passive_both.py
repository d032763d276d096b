"""A floating quantifier in a passive ("X and Y were both nominated ...") makes the parser hang
the subject on the auxiliary; the parse mend lifts it to the participle as its passive
subject, so the nomination is read as with no quantifier. Sentences are written for these
tests; the facts are the default KB's (97th Academy Awards, 40th Independent Spirit Awards)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_both_nominated_is_read_as_a_nomination_of_each(default_kb):
    got = awards("Anora's Yura Borisov and Karren Karagulian were both nominated at the "
                 "Independent Spirit Awards for Best Supporting Performance.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict) for c in got]
    assert "Karagulian" in got[0].explanation and "Borisov" in got[0].explanation


def test_a_wrong_member_of_such_a_pair_is_caught(default_kb):
    got = awards("Sean Baker and Samantha Quan were both nominated for Best Director at the "
                 "97th Academy Awards.", default_kb)
    assert any(c.verdict == "refuted" for c in got), [(c.text, c.verdict) for c in got]
