"""'A and B won X and Y at the 97th, for F and G (respectively)': several winners and several
films. With "respectively" the films pair with the winners in order (claims/awards/, the
party loop); without it they pair in some order, so a winner's win must be for one of them
and no film is any one winner's (verify/awards.py `account`, `works_among`). Before, every
winner was read with the first film and a true sentence was refuted. Sentences are written
for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import verdicts


def test_respectively_pairs_the_films_in_order(default_kb):
    assert verdicts("Mikey Madison and Adrien Brody won Best Actress and Best Actor at the 97th "
                    "Academy Awards, for Anora and The Brutalist respectively.",
                    default_kb) == ["supported"]
    assert verdicts("Mikey Madison and Adrien Brody won at the 97th Academy Awards for Anora and "
                    "The Brutalist, respectively.", default_kb) == ["supported"]
    # (in the wrong order, each winner's film is the other's)
    assert verdicts("Mikey Madison and Adrien Brody won at the 97th Academy Awards for The "
                    "Brutalist and Anora, respectively.", default_kb) == ["refuted"]


def test_without_respectively_any_order_holds(default_kb):
    assert verdicts("Mikey Madison and Adrien Brody won at the 97th Academy Awards for The "
                    "Brutalist and Anora.", default_kb) == ["supported"]
    # (but a film neither won for leaves one winner's win unmatched)
    got = verdicts("Mikey Madison and Adrien Brody won at the 97th Academy Awards for Anora and "
                   "Conclave.", default_kb)
    assert got and "supported" not in got, got
