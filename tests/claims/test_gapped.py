"""Gapped and repeated award clauses: the verb is written once and each later item ("..., Y in
2022 and Z in 2023", "and again for Z in 2023", "and to Y in 2016") is a clause of its own,
with its own year and work, the first clause's prize and the last subject named. A wrong item
is refuted by itself (the others stay supported); a year in another item is never its year; a
film the KB lacks is never refuted; a relative year ("a year later") is not read as a year.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import awards, verdicts


def test_a_list_of_winners_by_year_is_one_claim_per_item(default_kb):
    got = awards("Moonlight won Best Picture in 2017; The Shape of Water in 2018; Green Book in "
                 "2019.", default_kb)
    assert [c.verdict for c in got] == ["supported"] * 3
    assert [c.slots["year"] for c in got] == [2017, 2018, 2019]
    assert verdicts("The Tree of Life won the Palme d'Or in 2011, Amour in 2012.",
                    default_kb) == ["supported", "supported"]


def test_one_wrong_item_is_refuted_alone(default_kb):
    # Amour won in 2012; 2013 went to Blue Is the Warmest Colour
    assert verdicts("The Tree of Life won the Palme d'Or in 2011, Amour in 2013.",
                    default_kb) == ["supported", "refuted"]
    assert verdicts("The Palme d'Or went to Dheepan in 2015 and to I, Daniel Blake in 2017.",
                    default_kb) == ["supported", "refuted"]


def test_again_repeats_the_subject_with_its_own_work_and_year(default_kb):
    text = "Ruben Östlund won the Palme d'Or for The Square in 2017 and again for Triangle of " \
           "Sadness in {}."
    assert verdicts(text.format(2022), default_kb) == ["supported", "supported"]
    assert verdicts(text.format(2023), default_kb) == ["supported", "refuted"]
    assert verdicts("Haneke won the Palme d'Or in 2009 and again in 2012.",
                    default_kb) == ["supported", "supported"]


def test_a_work_item_takes_the_last_subject_named(default_kb):
    text = "Loach won the Palme d'Or for The Wind That Shakes the Barley in 2006 and I, Daniel " \
           "Blake in 2016; Östlund for The Square in 2017 and Triangle of Sadness in {}."
    got = awards(text.format(2022), default_kb)
    assert [c.verdict for c in got] == ["supported"] * 4
    assert [c.slots["subject"] for c in got] == ["ken-loach", "ken-loach", "ruben-ostlund",
                                                 "ruben-ostlund"]
    assert verdicts(text.format(2021), default_kb)[-1] == "refuted"


def test_the_category_alone_does_not_refute_a_wrong_year(default_kb):
    # "Best Picture" names no show: the wrong item is open, the others hold
    assert verdicts("CODA won Best Picture in 2022, Everything Everywhere All at Once in 2023 "
                    "and Oppenheimer in 2025.", default_kb) == ["supported", "supported",
                                                                "not_enough_info"]


def test_a_film_the_kb_lacks_is_never_refuted(default_kb):
    assert "refuted" not in verdicts("Winter Sleep won the Palme d'Or in 2014 and The Silver "
                                     "Orchard in 2015.", default_kb)
    assert "refuted" not in verdicts("The Velvet Harbor won the Palme d'Or in 2016 and Dheepan "
                                     "in 2015.", default_kb)


def test_a_relative_year_is_not_an_item_year(default_kb):
    # "two years later" is not read: no claim for Nomadland may be supported on it
    got = awards("Parasite took Best Picture in 2020, Nomadland two years later.", default_kb)
    assert all(c.slots.get("subject") != "nomadland-2020-film" or c.verdict != "supported"
               for c in got)


def test_a_list_in_one_role_is_no_gapping(default_kb):
    got = awards("The Oscars for Best Actress and Best Actor went to Frances McDormand and "
                 "Anthony Hopkins respectively in 2021.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_won_it_again_is_a_second_win_with_its_own_year(default_kb):
    # a repeated verb with "again": its own claim (not merged with the first win)
    assert verdicts("Haneke won the Palme d'Or in 2009 and won it again in 2012.",
                    default_kb) == ["supported", "supported"]
    assert verdicts("Jacques Audiard took the Palme d'Or in 2015 and took it again in 2016.",
                    default_kb) == ["supported", "refuted"]
    # "it" is the prize of the relative clause on the subject
    assert verdicts("Östlund, who won the Palme d'Or in 2017, won it again in 2022.",
                    default_kb) == ["supported", "supported"]
    assert verdicts("Östlund, who won the Palme d'Or in 2017, won it again in 2021.",
                    default_kb) == ["supported", "refuted"]


def test_a_bracketed_list_of_a_festivals_wins_is_one_claim_per_work(default_kb):
    text = "Michael Haneke won the Palme d'Or twice (The White Ribbon, 2009; Amour, {})."
    assert verdicts(text.format(2012), default_kb) == ["supported"] * 3
    # Amour won in 2012; the 2014 Palme went to Winter Sleep: that item alone is refuted
    assert verdicts(text.format(2014), default_kb) == ["supported", "supported", "refuted"]
    # a title the KB lacks in the list: no item is read, nothing is refuted
    assert "refuted" not in verdicts("Ken Loach has taken the Palme d'Or twice (The Wind That "
                                     "Shakes the Barley, 2006; The Velvet Harbor, 2016).",
                                     default_kb)


def test_pairs_of_prize_and_recipient_under_one_verb_are_read_pair_by_pair(default_kb):
    # "gave A to X and B to Y": the parser may hang "to Y" on the verb; it is B's recipient,
    # and a second prize's recipient is not a second winner of the first prize (Quiet Harbour
    # and its director are invented; the KB lacks the 2024 Grand Prix)
    got = awards("In 2024 the jury gave the Palme d'Or to Anora and the Grand Prix to Mira "
                 "Solano's Quiet Harbour.", default_kb)
    assert [(c.slots.get("award"), c.verdict) for c in got] == [
        ("palme-d-or", "supported"), ("grand-prix-cannes", "not_enough_info")], \
        [(c.text, c.explanation) for c in got]
