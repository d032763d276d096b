""""A, a Palme d'Or laureate of 2019, and B" / "Parasite director A and B": a singular noun set
beside a name (an apposition or a title before it) is said of that name only, not of the name
the list adds after it; a plural one ("Oscar winners A and B") is said of both. Before, B was
refuted with A's prize and A's film. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_an_apposed_winner_is_only_the_first_name(default_kb):
    got = claims("The jury this year counts Bong Joon Ho, a Palme d'Or laureate in 2019, and "
                 "Justine Triet among its members.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    won = [c for c in got if c.predicate == "award_received"]
    assert [(c.subject.id, c.verdict) for c in won] == [("bong-joon-ho", "supported")]


def test_a_singular_title_before_a_list_is_the_first_name(default_kb):
    got = claims("Walking the red carpet were Parasite director Bong Joon Ho and Justine "
                 "Triet.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert [(c.object.id, c.verdict) for c in got if c.predicate == "director"] == \
        [("bong-joon-ho", "supported")]


def test_a_title_with_no_comma_before_a_list_is_the_first_name(default_kb):
    got = claims("Anora editor Sean Baker and Mikey Madison left the party early.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]


def test_a_plural_noun_still_covers_the_whole_list(default_kb):
    got = claims("The guests included Oscar winners Emma Stone and Ryan Gosling.", default_kb)
    bad = [c for c in got if c.predicate == "award_received" and c.verdict == "refuted"]
    assert [c.subject.id for c in bad] == ["ryan-gosling"]
