"""Prize sentences in trade-press pieces and festival listicles ("Title (year) - Director won
his second Palme d'Or"): a person's ordinal is not read as a film's, and slots a sentence
states are never ignored.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from award_claims import verdicts


def test_a_persons_ordinal_in_a_list_item_about_a_film_is_not_the_films(default_kb):
    # Östlund's 2022 Palme was his second (after The Square); the film's own win is its
    # first, so "his second" must not be checked against the film's prizes
    got = verdicts("Triangle of Sadness (2022) - Ruben Östlund collected his second Palme "
                   "d'Or in 2022 for this biting satire.", default_kb)
    assert "refuted" not in got
    got = verdicts("Amour (2012) - Michael Haneke took his second Palme d'Or in 2012 for this "
                   "quiet drama.", default_kb)
    assert "refuted" not in got
    # a film's own ordinal is still read: Anora won one Palme, not two
    assert "supported" not in verdicts("Anora won its second Palme d'Or in 2024.", default_kb)


def test_a_directors_count_may_leave_out_the_countrys_prize(default_kb):
    # the Academy gives the International Feature prize to the country: "three" (the
    # Academy's own credit) and "four" (the film's night) both hold for the director
    assert verdicts("Back in 2020, Bong Joon Ho took home three Oscars for Parasite.",
                    default_kb) == ["supported"]
    assert verdicts("Alfonso Cuarón collected two Oscars at the 91st Academy Awards.",
                    default_kb) == ["supported"]
    # a count that fits neither reading is still wrong
    assert verdicts("Back in 2020, Bong Joon Ho took home five Oscars for Parasite.",
                    default_kb) == ["refuted"]
    assert verdicts("Alfonso Cuarón collected one Oscar at the 91st Academy Awards.",
                    default_kb) == ["refuted"]


def test_a_festival_prize_for_the_wrong_film_of_its_year_is_refuted(default_kb):
    # Haneke's 2009 Palme was for The White Ribbon; Amour took his second, in 2012
    assert verdicts("Michael Haneke collected the Palme d'Or in 2009 for Amour, a study of "
                    "old age.", default_kb) == ["refuted"]
    assert verdicts("Michael Haneke collected the Palme d'Or in 2012 for Amour, a study of "
                    "old age.", default_kb) == ["supported"]
    # a shared Palme (1979) lists another winner's film: not refuted on the film
    assert "refuted" not in verdicts("Francis Ford Coppola collected the Palme d'Or in 1979 "
                                     "for The Tin Drum.", default_kb)


def test_a_numbered_edition_is_the_clauses_own_night(default_kb):
    lead = ("For the second time in six years, the distributor left the Academy Awards with "
            "Best Picture. ")
    said = ("Anora, which bowed at Cannes in May 2024, took the top prize at the 97th Academy "
            "Awards, five years after Parasite won at the 92nd ceremony.")
    got = [c.verdict for c in reelcheck.check(lead + said, kb=default_kb).claims
           if c.text.startswith("Parasite")]
    # the 92nd is the Oscars' (the paragraph's other show, Cannes, never had one): Parasite
    # won there; never read as a win at the 97th
    assert got == ["supported"]
    # an edition no show of the passage had is left unread, not replaced by the passage's
    got = [c.verdict for c in reelcheck.check(
        "The festival handed Anora the Palme d'Or. Anora, which bowed at Cannes in May 2024, "
        "took the top prize, a year after Parasite won at the 85th edition.",
        kb=default_kb).claims if c.text.startswith("Parasite")]
    assert "refuted" not in got


def test_the_year_of_a_bounds_object_is_not_the_wins(default_kb):
    # 2011 (1994) dates the Palme of the bound's film, not Anora's win
    lead = "Justine Triet took the Palme d'Or in 2023.\n\n"
    for said in ("Anora, the following winner, became the first American film to win since "
                 "The Tree of Life in 2011.",
                 "Anora, the following winner, became the first American film to win since "
                 "Pulp Fiction in 1994."):
        got = [c.verdict for c in reelcheck.check(lead + said, kb=default_kb).claims
               if c.predicate == "award_received" and c.start >= len(lead)]
        assert "refuted" not in got, said
    # a year on the win itself still dates it
    assert verdicts("Anora took the Palme d'Or in 2011.", default_kb) == ["refuted"]
