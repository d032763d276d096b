"""A premiere said of a noun with a title set beside it is the title's; a noun that says
another film than the passage's ("her previous film") is not the passage's film. Sentences are
written for these tests; the facts are the default KB's (Anora first showed at Cannes in May
2024; a note on Sean Baker says Red Rocket premiered at Cannes in 2021)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is the story of a Brooklyn dancer. "


def festival_claims(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c for c in r.claims if c.start >= len(LEAD) and c.predicate == "premiered_at"]


def test_the_title_beside_the_noun_premiered(default_kb):
    got = festival_claims("The director's prior feature, Red Rocket, premiered at Cannes in "
                          "2021.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert not [c for c in got if c.subject is not None and c.subject.id == "anora-2024-film"]


def test_another_film_than_the_passage_s_is_not_it(default_kb):
    got = festival_claims("The director's prior feature premiered at Cannes in 2021.",
                          default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_the_passage_s_film_is_still_checked(default_kb):
    got = festival_claims("The film premiered at Cannes in 2021.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
