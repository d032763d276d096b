"""A show named after a direction word of the clause ("before the Oscars", "ahead of the
BAFTAs") is the other event the win is put against, not the prize won: a clause that names no
prize of its own ("collected them all before the Oscars") is never checked as a win of that
show. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_shows_won_before_the_oscars_are_no_oscar_claim(default_kb):
    # before: refuted, "Anora did not win the Academy Awards at the 30th Critics Choice Awards"
    text = "Critics Choice, Spirit, PGA, DGA, WGA: Anora collected them all before the Oscars."
    got = _awards(text, default_kb)
    assert "refuted" not in [c.verdict for c in got]
    assert all(c.slots.get("award") != "academy-awards" for c in got)
    text = "Gotham, Critics Choice, Spirit: Anora won them all ahead of the Oscars."
    assert all(c.slots.get("award") != "academy-awards" for c in _awards(text, default_kb))
    # a prize the clause names is still checked at its own show
    text = "Anora won Best Picture at the Critics Choice Awards before the Oscars."
    assert [c.verdict for c in _awards(text, default_kb)] == ["supported"]
    text = "Anora won Best Director at the Critics Choice Awards before the Oscars."
    assert [c.verdict for c in _awards(text, default_kb)] == ["refuted"]
