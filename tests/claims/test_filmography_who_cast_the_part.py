"""Who cast a part ("Sean Baker cast her in X") is a slot of the credit: the film's director or
casting director in the KB supports it, anyone else leaves it open (never refuted: the KB may
lack the credit). One cast (passive) is no caster. Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_a_caster_the_kb_does_not_hold_leaves_the_credit_open(default_kb):
    for text in ("Per one fan bio, Sean Baker cast Mikey Madison in Scream.",
                 "Sean Baker cast Yura Borisov in Compartment No. 6."):
        got = films(text, default_kb)
        assert got and all(c.verdict == "not_enough_info" for c in got), (text, got)


def test_the_film_s_director_as_caster_and_the_passive_are_supported(default_kb):
    for text in ("Sean Baker cast Mikey Madison in Anora.",
                 "Mikey Madison was cast in Scream."):
        got = films(text, default_kb)
        assert got and all(c.verdict == "supported" for c in got), (text, got)


def test_a_caster_the_kb_knows_as_the_film_s_director_by_a_prize_or_a_note(default_kb):
    # a Best Director nomination for the film, and a sourced note on the casting
    got = films("Quentin Tarantino cast Mikey Madison in Once Upon a Time in Hollywood.",
                default_kb)
    assert got and all(c.verdict == "supported" for c in got), got
