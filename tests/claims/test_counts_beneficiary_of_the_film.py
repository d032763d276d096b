"""A film's count of wins said "for" a person ("the film took home two, for X and the music")
reads the person's prizes for that film, never the person's whole career: a career total that
happens to match the stated count does not support the film's wrong count. Sentences written
for these tests; facts from the default KB (the 96th and 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count" and c.slots.get("polarity") == "won"]


def test_a_career_total_of_the_person_does_not_support_the_film_s_count(default_kb):
    text = ("An Oscar look back\n\nThe Brutalist picked up ten nominations and took home two, "
            "for Adrien Brody and the music.")
    got = counts(text, default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("the-brutalist-2024-film", "refuted")]
    assert "3 Oscars" in got[0].explanation


def test_the_owner_named_as_beneficiary_is_read_for_that_film_too(default_kb):
    text = ("An Oscar look back\n\nEmma Stone's Poor Things landed eleven nominations and came "
            "away with two, both for Emma Stone.")
    got = counts(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_a_beneficiary_count_for_the_film_still_supports(default_kb):
    text = ("An Oscar look back\n\nOppenheimer won two Oscars for Christopher Nolan, who took "
            "best director and best picture.")
    got = counts(text, default_kb)
    assert got and all(c.verdict == "supported" for c in got)
