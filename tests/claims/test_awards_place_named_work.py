"""A prize is for a work: "won Best Director for Philadelphia", the place the linker read is
also a film's title, is that film, and the win is checked for it (it was supported while the
work went unread). Sentences written for these tests; facts of the default KB's Oscar record
(Hanks won Best Actor for Philadelphia at the 66th Academy Awards; Demme won Best Director for
The Silence of the Lambs at the 64th)."""
from __future__ import annotations

from award_claims import award_verdicts


def test_a_win_for_a_film_named_like_a_place_is_checked_for_it(default_kb):
    assert award_verdicts("Jonathan Demme won Best Director for Philadelphia.",
                          default_kb) == ["not_enough_info"]
    assert award_verdicts("Jonathan Demme won Best Director for Philadelphia at the 66th "
                          "Academy Awards.", default_kb) == ["refuted"]


def test_the_true_film_holds(default_kb):
    assert award_verdicts("Tom Hanks won Best Actor for Philadelphia.",
                          default_kb) == ["supported"]
    assert award_verdicts("Parasite won Best International Feature Film for South Korea.",
                          default_kb) == ["supported"]
