"""An owned ordinal set off after the night or the venue of a win, with "of the night" on
it ("..., his third prize of the night"), counts that night's prizes: the KB does not order
one night's prizes, so it is left open, and a place past the night's tally is refuted
(claims/awards/ `_apposed_ordinal`, `_of_the_night`, `_night_apposed_ordinal`). Before, the
ordinal was dropped and the win supported. Sentences are written for these tests; the facts
are the default KB's (Sean Baker won four Oscars at the 97th Academy Awards, held at the
Dolby Theatre, Best Director among them)."""
from __future__ import annotations

import pytest

import reelcheck


def award(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("where", ["the 97th Academy Awards", "the Dolby Theatre"])
def test_a_place_within_the_night_is_left_open(where, default_kb):
    text = f"Sean Baker took Best Director at {where}, his third prize of the night."
    assert award(text, default_kb) == ["not_enough_info"]


def test_a_place_past_the_night_s_tally_is_refuted(default_kb):
    text = "Sean Baker took Best Director at the 97th Academy Awards, his fifth prize of the night."
    assert award(text, default_kb) == ["refuted"]
