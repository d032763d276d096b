"""An age at a win of a prize the holder won more than once ("won the Best Actor Oscar at 45"
of a two-time winner) holds if it holds at one of the wins; it is refuted when it holds at none of
them and those wins are the holder's whole record of the prize. Before, such an age was never
refuted, and a wrong one beside a supported record left the sentence supported.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck

from award_claims import all_verdicts as _all, check_row


def _ages(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "age"]


@pytest.mark.parametrize("text,want", [
    ("Adrien Brody won the Oscar for Best Actor at 51.", "supported"),
    ("Adrien Brody won the Oscar for Best Actor at 45.", "refuted"),
    ("Frances McDormand won the Academy Award for Best Actress at 63.", "supported"),
    ("Frances McDormand won the Academy Award for Best Actress at 66.", "refuted"),
    ("Adrien Brody, at 31, is still the youngest Best Actor winner at the Oscars.", "refuted"),
])
def test_an_age_at_one_of_several_wins(default_kb, text, want):
    got = _all(text, default_kb)
    check_row(got, want)


def test_an_age_at_a_prize_of_an_assumed_show_is_still_not_refuted(default_kb):
    # no show named: "Best Actor" may be another show's, whose winners the KB may lack
    got = _ages("Adrien Brody won Best Actor at 45.", default_kb)
    assert "refuted" not in got


def test_a_pronoun_s_age_at_every_win_is_still_not_refuted(default_kb):
    got = _ages("Frances McDormand is a three-time winner. She won Best Actress at 66.",
                default_kb)
    assert "refuted" not in got
