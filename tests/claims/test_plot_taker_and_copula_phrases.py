"""How a plot frame binds who, what sum and where when the words sit off the cue verb.

- A deal told from the side of the one paid ("for $15,000, Ani agrees to ...", "she accepts
  $15,000 to ..."): the subject is whom the payment is done to, and the sum is the deal's.
- A participle completing "get"/"be" ("the two get married"): the copula's own phrases
  ("on a trip to Reno") are the event's too.
- A cue of several words ("tie the knot"): its own object is no one who marries.
- A subject the parser joined to a fronted phrase ("After a weekend in Vegas, Ani and Vanya
  marry"): the names after the phrase's comma are the verb's subject.

Sentences are written for these tests; the facts are the default KB's (Vanya pays Ani $15,000
to be his girlfriend for a week; they marry at a chapel in Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def plot(text, kb):
    return after_lead(text, kb, lambda c: c.category == "plot")


def verdicts(text, kb):
    return [c.verdict for c in plot(text, kb)]


@pytest.mark.parametrize("text", [
    "For $15,000, Ani agrees to be Vanya's girlfriend for a week.",
    "Ani agrees to play his girlfriend for a week in exchange for $15,000.",
    "Ani, never one to turn down a payday, accepts $15,000 to be his girlfriend for the week.",
])
def test_the_paid_sides_deal_holds(text, default_kb):
    got = verdicts(text, default_kb)
    assert "supported" in got and "refuted" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "For $50,000, Ani agrees to be Vanya's girlfriend for a week.",
    "Ani agrees to play his girlfriend for a week in exchange for $30,000.",
    "Ani accepts $12,000 to be his girlfriend for the week.",
])
def test_the_paid_sides_deal_with_another_sum_is_refuted(text, default_kb):
    got = plot(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], (text, [(c.text, c.verdict) for c in got])
    assert "$15,000" in got[0].explanation


def test_the_paid_side_binds_only_the_deal_the_kb_names(default_kb):
    # another deal (what it is for), another span, or no sum: never the KB's deal refuted
    for text in ("Ani later agrees to take $10,000 to sign the annulment papers.",
                 "Ani agrees to play his girlfriend for a month in exchange for $15,000.",
                 "Ani agrees to think it over."):
        assert "refuted" not in verdicts(text, default_kb), text
    assert "supported" in verdicts("Ani accepts $15,000 to spend the week as his girlfriend.",
                                   default_kb)


def test_the_copulas_trip_phrase_places_the_wedding(default_kb):
    assert verdicts("On a trip to Reno, the two get married on a whim.",
                    default_kb) == ["refuted"]
    assert verdicts("On a trip to Las Vegas, the two get married on a whim.",
                    default_kb) == ["supported"]


def test_a_cues_own_object_is_no_one_who_marries(default_kb):
    assert verdicts("Ani and Vanya tie the knot at a chapel.", default_kb) == ["supported"]


def test_names_joined_to_a_fronted_phrase_are_the_subject(default_kb):
    got = verdicts("After a wild weekend in Vegas, Ani and Vanya tie the knot at a chapel.",
                   default_kb)
    assert got == ["supported"], got
    # the wedding is the claim, not what the phrase before it says (a weekend in Miami is
    # nothing the wedding's fact speaks for)
    got = [(c.verdict, c.text) for c in plot(
        "After a wild weekend in Miami, Ani and Vanya tie the knot at a chapel.", default_kb)]
    assert got == [("supported", "Ani and Vanya tie the knot")], got
