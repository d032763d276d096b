"""A participle clause with its own subject that tells what else happened at a win ("X won A
at the 93rd Academy Awards, with Y winning B") is at that win's edition: a prize it names with
no edition of its own is checked there, not at any night the winner ever won it. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def _of(text, kb, subject):
    return [(c.slots.get("ceremony"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and c.slots.get("subject") == subject]


def test_a_winner_of_another_night_is_not_supported(default_kb):
    # before: supported by Del Toro's win at the 90th, the night the clause does not name
    text = ("Parasite won Best Picture at the 92nd Academy Awards, with Guillermo del Toro "
            "winning Best Director.")
    assert _of(text, default_kb, "guillermo-del-toro") == [("92nd-academy-awards", "refuted")]


def test_the_right_winner_is_supported_at_that_night(default_kb):
    text = ("Parasite won Best Picture at the 92nd Academy Awards, with Bong Joon Ho winning "
            "Best Director and Laura Dern taking Best Supporting Actress.")
    assert _of(text, default_kb, "bong-joon-ho") == [("92nd-academy-awards", "supported")]
    assert _of(text, default_kb, "laura-dern") == [("92nd-academy-awards", "supported")]


def test_a_later_win_or_another_show_keeps_its_own_night(default_kb):
    text = ("The Shape of Water won Best Picture at the 90th Academy Awards, with Guillermo del "
            "Toro later winning Best Animated Feature.")
    assert _of(text, default_kb, "guillermo-del-toro") == [(None, "supported")]
    text = ("Anora won the Palme d'Or at the 77th Cannes Film Festival, with Mikey Madison "
            "winning Best Actress.")
    assert [c for c, _v in _of(text, default_kb, "mikey-madison")] == [None]
