"""A title several KB films share ("Mutiny on the Bounty", "Little Women", "Dune") means the
film of the year the text sets on that very mention -- before it ("the 1962 X"), in brackets
("X (1994)") or opening a comma-set description ("X, released in 2021") --, never the
namesake the KB knows most about. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_a_year_before_the_title_picks_the_remake(default_kb):
    # the 1935 film (8 nominations) was read: the true count of the remake was refuted
    got = claims("Few remember that the 1962 Mutiny on the Bounty collected seven Oscar "
                 "nominations.", default_kb)
    counts = [c for c in got if c.predicate == "nomination_count"]
    assert [(c.subject.id, c.verdict) for c in counts] == [
        ("mutiny-on-the-bounty-1962-film", "supported")]
    got = claims("Few remember that the 1962 Mutiny on the Bounty collected nine Oscar "
                 "nominations.", default_kb)
    assert [c.verdict for c in got if c.predicate == "nomination_count"] == ["refuted"]


def test_a_year_in_brackets_picks_the_older_version(default_kb):
    # the 2019 film won the costume prize: the 1994 one lost it
    got = claims("Gillian Armstrong's Little Women (1994) took the costume design Oscar.",
                 default_kb)
    wins = [c for c in got if c.category == "award"]
    assert wins and all(c.subject.id == "little-women-1994-film" for c in wins)
    assert [c.verdict for c in wins] == ["refuted"]


def test_the_stated_year_of_an_older_version_is_not_refuted(default_kb):
    # "it is not a film of 1984": the 2021 film's premiere refuted the year of the 1984 one
    got = claims("Nobody had a kind word for the 1984 Dune when it opened.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got)
    assert all(c.subject.id == "dune-1984-film" for c in got if c.subject)


def test_a_year_in_a_comma_description_picks_that_film(default_kb):
    got = claims("West Side Story, released in 2021, received seven nominations from the "
                 "Academy.", default_kb)
    counts = [c for c in got if c.predicate == "nomination_count"]
    assert [(c.subject.id, c.verdict) for c in counts] == [
        ("west-side-story-2021-film", "supported")]


def test_the_ceremony_named_after_the_title_picks_that_namesake(default_kb):
    # the 2019 film was read: "received nothing at the 67th; its nominations came at the 92nd"
    got = claims("Gillian Armstrong's Little Women collected three nominations at the 67th "
                 "Academy Awards. Parasite was the big winner at the 92nd Academy Awards.",
                 default_kb)
    counts = [c for c in got if c.predicate == "nomination_count"]
    assert [(c.subject.id, c.verdict) for c in counts] == [
        ("little-women-1994-film", "supported")]
    got = claims("David Lynch's Dune had a lone nomination, for sound, at the 57th Academy "
                 "Awards. Decades later Anora triumphed at the 97th Academy Awards.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_a_ceremony_after_the_next_title_does_not_decide(default_kb):
    got = claims("Little Women came up short; Parasite won best picture at the 92nd Academy "
                 "Awards.", default_kb)
    assert all(c.subject is None or c.subject.id != "little-women-1994-film" for c in got)


def test_a_surname_several_people_share_still_picks_its_film(default_kb):
    # "Spielberg" alone is no one person (Anne Spielberg was nominated too), but only Steven
    # Spielberg is tied to a West Side Story: the 2021 film, which did not win best picture
    got = reelcheck.check("Spielberg's West Side Story won best picture.", kb=default_kb)
    assert [m.entity.id for m in got.names if m.text == "West Side Story"] == [
        "west-side-story-2021-film"]
    assert all(c.verdict != "supported" for c in got.claims)
