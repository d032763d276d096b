"""The order a clause puts its event in against another one ("after its premiere", "before
winning the Palme", "ahead of the 97th Academy Awards", "a year after its Cannes premiere"):
the other side is an event claim under the direction word, or a numbered edition of a show it
names, and the order is checked from the days the KB gives both. An order nobody could check
("after the Oscars", no edition) leaves the clause's own claim open: it is a slot the sentence
states.

Sentences are written for these tests; the dates are the default KB's (Anora premiered at
Cannes on May 21, 2024; the 77th festival closed on May 25, 2024; the 77th DGA Awards were held
on February 8, 2025, the 78th BAFTAs on February 16, 2025 and the 97th Academy Awards on March
2, 2025)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def order(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "gap"]


def test_the_order_of_two_prizes_alone_is_checked(default_kb):
    assert order("Anora took best picture after winning the Palme d'Or.", default_kb) == [
        ("after winning the Palme d'Or", "supported")]
    assert order("The Palme d'Or went to Anora before it collected best picture.",
                 default_kb) == [("before it collected best picture", "supported")]
    # the other way round: the Palme came nine months before the Oscar
    got = [c for c in reelcheck.check("Anora collected the Palme d'Or after taking best "
                                      "picture.", kb=default_kb).claims
           if c.slots.get("kind") == "gap"]
    assert [c.verdict for c in got] == ["refuted"]
    assert "May 25, 2024" in got[0].explanation and "March 2, 2025" in got[0].explanation
    assert order("Anora took best picture before it won the Palme d'Or.", default_kb) == [
        ("before it won the Palme d'Or", "refuted")]


def test_an_event_noun_under_the_direction_word_is_the_other_side(default_kb):
    assert order("Anora won the Palme d'Or four days after its Cannes premiere.",
                 default_kb) == [("four days after its Cannes premiere", "supported")]
    # a premiere and a prize of the same festival, a year apart by the sentence: not so, but
    # the measure is loose enough that it is only left open
    assert order("Anora won the Palme d'Or a year after its Cannes premiere.", default_kb) == [
        ("a year after its Cannes premiere", "not_enough_info")]
    assert order("Mikey Madison won the BAFTA two weeks before her Oscar win.",
                 default_kb) == [("two weeks before her Oscar win", "supported")]


def test_a_numbered_edition_under_the_direction_word_is_dated_by_its_own_days(default_kb):
    got = reelcheck.check("Sean Baker took the DGA award ahead of the 97th Academy Awards.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert "February 8, 2025" in got[1].explanation
    # the BAFTAs came two weeks before that night, not a month after it
    got = reelcheck.check("Mikey Madison won the BAFTA a month after the 97th Academy Awards.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"]
    assert "February 16, 2025" in got[0].explanation


def test_an_order_against_an_event_nobody_dated_leaves_the_claim_open(default_kb):
    # a nomination is no dated event: the order against "the Oscars" is left unchecked
    got = reelcheck.check("Yura Borisov was nominated at the Golden Globes after the Oscars.",
                          kb=default_kb).claims
    assert "supported" not in [c.verdict for c in got]
    assert any("after the Oscars" in c.explanation for c in got)
    got = reelcheck.check("Mikey Madison won the BAFTA ahead of her first festival premiere.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["not_enough_info"]


def test_a_context_phrase_that_names_no_event_is_no_order(default_kb):
    # "after two delays", "before Anora": no event to put the win against
    assert [v for _, v in claims("Mikey Madison won the BAFTA after years of small parts.",
                                 default_kb)] == ["supported"]


def test_years_after_a_prize_named_with_its_film_are_counted_between_the_two_wins(default_kb):
    # "his first Palme for X": the other side is the film the prize was for (2017 and 2022)
    text = ("Ruben Östlund won a second Palme with Triangle of Sadness in 2022, {} years after "
            "his first Palme for The Square.")
    got = [(c.slots.get("kind"), c.verdict) for c in reelcheck.check(
        text.format("five"), kb=default_kb).claims if c.category == "date"]
    assert got == [("interval", "supported")]
    got = [(c.slots.get("kind"), c.verdict) for c in reelcheck.check(
        text.format("three"), kb=default_kb).claims if c.category == "date"]
    assert got == [("interval", "refuted")]


def test_a_show_named_without_its_edition_is_the_one_the_piece_or_its_subject_is_about(
        default_kb):
    # the piece is about the 97th Academy Awards: "the Oscars" is that night
    first = "Anora won best picture at the 97th Academy Awards. "
    assert order(first + "Sean Baker had won the DGA award before the Oscars.",
                 default_kb) == [("before the Oscars", "supported")]
    assert order(first + "Mikey Madison won the BAFTA a month after the Oscars.",
                 default_kb) == [("a month after the Oscars", "refuted")]


def test_a_direction_phrase_the_parser_hangs_on_a_noun_is_said_of_the_verb(default_kb):
    # "ahead of her Oscar" hung on "actress": the order of the BAFTA win and the Oscar win
    text = "Mikey Madison picked up the BAFTA for best actress {} her Oscar."
    assert order(text.format("ahead of"), default_kb) == [("ahead of her Oscar", "supported")]
    assert order(text.format("after"), default_kb) == [("after her Oscar", "refuted")]


def test_an_edition_the_kb_dates_only_by_its_year_orders_by_the_year(default_kb):
    # the 47th Cannes festival (1994) has no days in the KB; the 67th Academy Awards (March
    # 1995) has: a year apart either way, the order is still plain
    assert order("Pulp Fiction took the Palme d'Or before Forrest Gump won best picture.",
                 default_kb) == [("before Forrest Gump won best picture", "supported")]
    assert order("Pulp Fiction took the Palme d'Or after Forrest Gump won best picture.",
                 default_kb) == [("after Forrest Gump won best picture", "refuted")]
    # a measure is counted between days only: a year alone leaves "two months" unchecked
    assert order("Pulp Fiction took the Palme d'Or two months before Forrest Gump won best "
                 "picture.", default_kb) == []

    # no edition in the piece: the one Oscars Sean Baker was up for (the 97th, March 2025)
    assert order("Sean Baker won the DGA award after the Oscars.", default_kb) == [
        ("after the Oscars", "refuted")]


def test_a_day_the_sources_dispute_still_orders_when_every_one_of_them_agrees(default_kb):
    # the 30th Critics Choice Awards: February 7 or 8, 2025; either way before the Oscars
    assert order("Before the Oscars, Anora had already won best picture at the Critics Choice "
                 "Awards.", default_kb) == [("Before the Oscars", "supported")]
    # Anora's US opening: October 9 or 18, 2024; either way after its Cannes premiere
    assert order("Anora bowed at Cannes in May 2024 before opening in American theaters in "
                 "October.", default_kb) == [("before opening in American theaters in October",
                                              "supported")]
