"""The time between two events said of a clause ("a year after Parasite", "five years after The
Square did"): the years of both events come from the KB -- the editions of the clause's prize
each side won, else a film's year -- and are set against the interval said.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def intervals(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.slots.get("kind") == "interval"]


def verdicts(text, kb):
    return [c.verdict for c in intervals(text, kb)]


def test_an_interval_between_two_editions_of_a_prize(default_kb):
    assert verdicts("Mungiu's win aside, Triangle of Sadness collected the Palme d'Or five "
                    "years after The Square.", default_kb) == ["supported"]
    assert verdicts("Triangle of Sadness collected the Palme d'Or three years after The "
                    "Square.", default_kb) == ["refuted"]
    # fronted, and measured to a clause ("after Bong Joon Ho did")
    assert verdicts("A year after Anatomy of a Fall, Anora claimed the Palme d'Or.",
                    default_kb) == ["supported"]
    assert verdicts("Chloé Zhao took Best Director at the Oscars for Nomadland, a year after "
                    "Bong Joon Ho did.", default_kb) == ["supported"]
    assert verdicts("Parasite won Best Picture at the Academy Awards one year before "
                    "Nomadland.", default_kb) == ["supported"]


def test_the_interval_keeps_the_award_claim_a_support(default_kb):
    r = reelcheck.check("Anora took the Palme d'Or, a year after Anatomy of a Fall.",
                        kb=default_kb)
    assert sorted(c.verdict for c in r.claims) == ["supported", "supported"]


def test_an_approximate_or_unnamed_show_or_unknown_side_is_never_refuted(default_kb):
    # "about": a measure with a modifier is loose
    assert "refuted" not in verdicts("Anora claimed the Palme d'Or roughly two years after "
                                     "Anatomy of a Fall.", default_kb)
    # no show named: "Best Picture" is read as the Oscars, which may not be meant
    assert "refuted" not in verdicts("Nomadland won Best Picture four years after Parasite.",
                                     default_kb)
    # a film the KB lacks on either side: no claim to refute
    for text in ("Anora claimed the Palme d'Or two years after Lanterns of Varna.",
                 "The Tin Meridian claimed the Palme d'Or two years after The Square."):
        assert "refuted" not in [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]


def test_a_film_s_year_when_the_other_side_never_won_the_prize(default_kb):
    assert verdicts("Sean Baker claimed the Palme d'Or for Anora, three years after Red "
                    "Rocket.", default_kb) == ["supported"]
    # a film's year is a release: within a year of it is not refuted
    assert "refuted" not in verdicts("Sean Baker claimed the Palme d'Or for Anora, two years "
                                     "after Red Rocket.", default_kb)


def test_a_title_the_parser_reads_as_a_clause_is_the_other_side(default_kb):
    # "after Take Out": the title parses as a verb; it is the film, and the win's words
    # stating the interval are judged by the interval claim
    r = reelcheck.check("Sean Baker collected the Palme d'Or for Anora two decades after Take "
                        "Out.", kb=default_kb)
    assert sorted((c.slots.get("kind"), c.verdict) for c in r.claims) == [
        ("award", "supported"), ("interval", "supported")]
    assert verdicts("Sean Baker collected the Palme d'Or for Anora, twelve years after Take "
                    "Out.", default_kb) == ["refuted"]


def test_an_other_side_with_an_event_of_its_own_is_not_measured(default_kb):
    # "after Parasite swept the Oscars": not the clause's prize; no interval claim is made
    assert intervals("Anora collected the Palme d'Or four years after Parasite swept the "
                     "Oscars.", default_kb) == []


def test_an_interval_to_a_win_named_by_its_work(default_kb):
    # "22 years after his first for The Pianist": the other side is the win for the work the
    # phrase names (Brody won Best Actor in 2003 for The Pianist, in 2025 for The Brutalist)
    def got(n):
        return [c.verdict for c in reelcheck.check(
            f"Adrien Brody won his second Best Actor award for The Brutalist, {n} years after "
            "his first for The Pianist.", kb=default_kb).claims if c.predicate == "interval"]
    assert got(22) == ["supported"]
    assert got(20) == ["not_enough_info"]
