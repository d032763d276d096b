"""A "when" question whose verb the parser leaves to a participle ("When was the ceremony
held?"): the answer's date is the participle's event (claims/dates.py `answer_claims`).
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Poor Things won four awards at the 96th Academy Awards.\n\n"


def date_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "ceremony_date"]


def test_the_answer_to_when_it_was_held_is_checked(default_kb):
    got = date_claims(LEAD + "When was the ceremony held?\nOn March 3, 2024, in Hollywood.",
                      default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = date_claims(LEAD + "When was the ceremony held?\nOn March 10, 2024.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
