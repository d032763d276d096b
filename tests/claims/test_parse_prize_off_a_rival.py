"""An owned prize set off at the end of a win with a participle ("won X, beating A and B, her
first Oscar") is what the win was to the winner, not a description of the last rival named,
where the parser hangs it: the owner pronoun is the winner, and the beaten rivals' claims do not
carry its ordinal. Sentences written for these tests; facts of the default KB's Oscar record
(Saldaña's first Oscar and Brody's second came at the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_the_owner_of_the_trailing_prize_is_the_winner(default_kb):
    got = _claims("At the 97th Academy Awards, Zoe Saldaña took best supporting actress for "
                  "Emilia Pérez, edging out Ariana Grande and Isabella Rossellini, her first "
                  "Oscar.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [
        (c.text, c.explanation) for c in got if c.verdict == "refuted"]
    got = _claims("At the 97th Academy Awards, Adrien Brody took best actor, edging out "
                  "Timothée Chalamet, his second Oscar.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [
        (c.text, c.explanation) for c in got if c.verdict == "refuted"]


def test_a_wrong_ordinal_of_the_trailing_prize_is_the_winner_s_to_refute(default_kb):
    got = _claims("At the 97th Academy Awards, Adrien Brody took best actor, edging out "
                  "Timothée Chalamet, his third Oscar.", default_kb)
    bad = [c for c in got if c.verdict == "refuted"]
    assert bad and all("Brody" in c.explanation and "Chalamet" not in c.explanation
                       for c in bad), [(c.text, c.explanation) for c in got]
    assert not any(c.verdict == "supported" and "third" in c.text for c in got)
