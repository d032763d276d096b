"""A film's year in brackets after its title ("Marty (1957)") and the day a festival gave its
prizes. A film in the Academy's running for the films of a year had been shown by then: a year
one or two past every year the KB has for it (that one, the edition's, its releases) is
refuted; an earlier year (a festival premiere, a home release, a restoration) and a year far
later (a remake the KB may lack) are left open. A win "at the 77th Cannes Film Festival on May
18" dates the prize, given on the festival's closing day. Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def years(text, kb):
    return [(c.subject.id, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "work_year"]


def test_a_bracketed_year_past_the_film_s_award_run_is_refuted(default_kb):
    # Marty ran at the 28th Academy Awards (films of 1955, held in 1956)
    assert years("Delbert Mann's Marty (1957) is a small film about a butcher.",
                 default_kb) == [("marty-1955-film", "refuted")]
    assert years("Critics still admire Parasite (2021) for its staircase scenes.",
                 default_kb) == [("parasite-2019-film", "refuted")]


def test_the_film_s_year_supports_and_the_edition_s_year_stays_open(default_kb):
    assert years("Delbert Mann's Marty (1955) is a small film about a butcher.",
                 default_kb) == [("marty-1955-film", "supported")]
    # the year of the ceremony may be what a list of winners gives: not refuted
    assert years("Delbert Mann's Marty (1956) is a small film about a butcher.",
                 default_kb) == [("marty-1955-film", "not_enough_info")]


def test_an_earlier_year_or_one_far_later_is_left_open(default_kb):
    # a premiere or home release may come years before the Academy's year; a year far later
    # may be a remake of the same title the KB lacks
    assert years("Critics still admire Mank (2017) for its deep-focus photography.",
                 default_kb) == [("mank-2020-film", "not_enough_info")]
    # unless the KB holds the world premiere (kb/factsheets/premieres.yaml): Parasite was
    # first shown at Cannes in May 2019
    assert years("Critics still admire Parasite (2017) for its staircase scenes.",
                 default_kb) == [("parasite-2019-film", "refuted")]
    assert years("Critics still admire Parasite (2031) for its staircase scenes.",
                 default_kb) == [("parasite-2019-film", "not_enough_info")]


def test_a_title_the_kb_lacks_gets_no_verdict(default_kb):
    got = reelcheck.check("Critics still admire Harbour of Glass (2031) for its long takes.",
                          kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"]


def awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_win_dated_at_a_named_festival_edition_is_the_closing_day(default_kb):
    # the 77th Cannes Film Festival gave its prizes on May 25, 2024
    assert awards("Anora took the Palme d'Or at the 77th Cannes Film Festival on May 25, 2024.",
                  default_kb) == ["supported"]
    assert awards("Anora took the Palme d'Or at the 77th Cannes Film Festival on May 17, 2024.",
                  default_kb) == ["refuted"]
    # a day off may be a time zone's: left open
    assert awards("Anora took the Palme d'Or at the 77th Cannes Film Festival on May 24, 2024.",
                  default_kb) == ["not_enough_info"]
    # the date of a premiere in a relative clause is not the prize's
    assert awards("Anora, which premiered on May 21, 2024, took the Palme d'Or at the 77th "
                  "Cannes Film Festival.", default_kb) == ["supported"]


def test_a_festival_s_run_after_its_name_is_not_the_day_of_the_win(default_kb):
    # "May 14-25" is when the festival ran, not a day the prize was given on
    for text in ("Anora won the Palme d'Or at Cannes (May 14-25, 2024).",
                 "The 77th Cannes Film Festival (May 14-25, 2024) awarded Anora the Palme d'Or."):
        assert awards(text, default_kb) == ["supported"], text
