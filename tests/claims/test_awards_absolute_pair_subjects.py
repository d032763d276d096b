"""An absolute clause of two winners, "..., with X winning A and Y taking B": the parser joins Y
to A as a second object and leaves "taking" with no subject, so the second prize went to X.
Each participle takes the name before it. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def _of(got, subject):
    return [(c.slots.get("award"), c.verdict) for c in got if c.slots.get("subject") == subject]


def test_the_second_participle_takes_the_second_name(default_kb):
    text = ("Bohemian Rhapsody won Best Film Editing, with Rami Malek winning Best Actor and "
            "Mahershala Ali taking Best Supporting Actor.")
    got = awards(text, default_kb)
    # before: "taking Best Supporting Actor" was Malek's, and Ali had no claim
    assert _of(got, "mahershala-ali") == [("academy-award-for-best-supporting-actor",
                                           "supported")]
    assert _of(got, "rami-malek") == [("academy-award-for-best-actor", "supported")]


def test_a_wrong_second_winner_gets_a_claim_of_its_own(default_kb):
    text = ("Nomadland took the top prize in 2021, with Chloe Zhao winning Best Director and "
            "Riz Ahmed taking Best Actor for Sound of Metal.")
    got = awards(text, default_kb)
    # (the night is the main clause's: the second winner is read, never refuted, here)
    assert _of(got, "riz-ahmed") == [("academy-award-for-best-actor", "not_enough_info")]
    assert _of(got, "chloe-zhao") == [("academy-award-for-best-director", "supported")]


def test_a_finite_pair_without_a_comma_gives_the_second_its_own_claim(default_kb):
    # "won A and Y won B" read as Y a second object of the first "won": Y had no claim at all
    text = ("At the 93rd Academy Awards, Nomadland won Best Picture and Alfonso Cuaron won "
            "Best Director.")
    got = awards(text, default_kb)
    assert _of(got, "alfonso-cuaron") == [("academy-award-for-best-director", "refuted")]
