"""The time between two dated events a piece tells ("nine months later", "two weeks after she
won the BAFTA"): each side is an event claim of the sentence (or of the one right before it),
dated by the KB (a ceremony's night, a festival's closing day, a world premiere), and the gap is
checked in the unit said.

Sentences are written for these tests; the dates are the default KB's (the 77th Cannes festival
closed on May 25, 2024, the 78th BAFTAs were held on February 16, 2025 and the 97th Academy
Awards on March 2, 2025; Anora premiered on May 21, 2024). Harbour Lights is invented."""
from __future__ import annotations

import reelcheck


def gaps(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "gap"]


def test_a_gap_counted_from_an_event_told_before_it(default_kb):
    assert gaps("Anora took the Palme d'Or, and nine months later it collected best picture.",
                default_kb) == [("nine months later", "supported")]
    # told in the sentence before, in the same paragraph
    assert gaps("Anora was first screened at Cannes on May 21, 2024. Four days later the jury "
                "gave it the Palme d'Or.", default_kb) == [("Four days later", "supported")]


def test_a_gap_the_kb_dates_otherwise_is_refuted_with_both_days(default_kb):
    got = [c for c in reelcheck.check(
        "Anora collected best picture at the Oscars two months after it had taken the "
        "Palme d'Or.", kb=default_kb).claims if c.slots.get("kind") == "gap"]
    assert [c.verdict for c in got] == ["refuted"]
    assert "May 25, 2024" in got[0].explanation and "March 2, 2025" in got[0].explanation
    assert gaps("Anora took the Palme d'Or, and three months later it collected best picture.",
                default_kb) == [("three months later", "refuted")]


def test_a_softened_gap_is_never_refuted(default_kb):
    assert gaps("Anora took the Palme d'Or, and nearly three months later it collected best "
                "picture.", default_kb) == [("nearly three months later", "not_enough_info")]


def test_a_prize_named_by_its_show_alone_is_dated_by_the_night_it_was_won(default_kb):
    assert gaps("Mikey Madison won best actress at the Oscars, two weeks after she won the "
                "BAFTA.", default_kb) == [("two weeks after she won the BAFTA", "supported")]


def test_no_gap_without_a_dated_event_on_each_side(default_kb):
    # an event the KB does not know, or one told two sentences back, anchors nothing; the
    # prize's own claim says the measure was not checked
    text = ("Harbour Lights won the top prize at a small festival, and two weeks later "
            "Mikey Madison won best actress.")
    assert gaps(text, default_kb) == []
    text = ("Anora took the Palme d'Or in May 2024. Critics adored it. Nine months later it "
            "collected best picture.")
    assert gaps(text, default_kb) == []
    got = [c for c in reelcheck.check(text, kb=default_kb).claims
           if c.text.startswith("it collected")]
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Nine months later" in got[0].explanation


def test_a_vague_measure_keeps_the_order_and_bounds_the_gap(default_kb):
    # "a few" / "several" are read by the lexicon's `intervals.vague_counts` as a range of the
    # unit: the order decides a refute, the range a support, and a gap outside it stays open
    assert gaps("Anora collected best picture a few weeks after the BAFTAs.", default_kb) == \
        [("a few weeks after the BAFTAs", "supported")]
    assert gaps("Anora collected best picture several weeks after the Golden Globes.",
                default_kb) == [("several weeks after the Golden Globes", "supported")]
    # the other way round: refuted, whatever the measure
    assert gaps("Anora collected best picture a few days before the BAFTAs.", default_kb) == \
        [("a few days before the BAFTAs", "refuted")]
    # in the order said, but nine months is not "a few months": open, never refuted
    assert gaps("Anora collected best picture a few months after it took the Palme d'Or.",
                default_kb) == [("a few months after it took the Palme d'Or", "not_enough_info")]


def test_a_vague_measure_before_a_premiere_the_kb_dates_by_its_month(default_kb):
    # Neon bought Anora in November 2023, about six months before its May 2024 premiere
    lead = "Sean Baker's Anora had a remarkable year. "
    assert gaps(lead + "Neon acquired the comedy several months before its Cannes premiere.",
                default_kb) == [("several months before its Cannes premiere", "supported")]
    assert gaps(lead + "Neon acquired the comedy a few weeks after its Cannes premiere.",
                default_kb) == [("a few weeks after its Cannes premiere", "refuted")]
