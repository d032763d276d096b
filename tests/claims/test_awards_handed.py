"""'handed X the prize': the parser may read the prize as a bare noun phrase beside the object
(npadvmod) and the NER may run the two names together as one PERSON ("Anora the Palme d'Or");
the object is who received the prize, the noun phrase the prize. Sentences are written for
these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_object_of_handed_receives_the_prize_beside_it(default_kb):
    for text in ("A jury chaired by Greta Gerwig handed Anora the Palme d'Or.",
                 "In 2022 the Cannes jury handed Triangle of Sadness the Palme d'Or.",
                 "The Academy handed Parasite the Oscar for Best Picture."):
        got = awards(text, default_kb)
        assert [c.verdict for c in got] == ["supported"], (text, got)


def test_a_wrong_year_is_refuted_and_an_unknown_film_gets_no_verdict(default_kb):
    got = awards("The jury handed Titane the Palme d'Or in 2019.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "Parasite" in got[0].explanation
    got = awards("Voters handed The Lantern Keepers the Palme d'Or in 2024.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
