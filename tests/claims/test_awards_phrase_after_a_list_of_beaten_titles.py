"""A phrase said after a list of titles the verb takes ("beat A and B for Best Picture") is the
clause's, even where the parser hangs it on the last title: the prize is read, and the beaten
films are checked against its nominees. Sentences written for these tests; facts of the
default KB's Oscar record (Forrest Gump won Best Picture at the 67th Academy Awards over Pulp
Fiction and The Shawshank Redemption, among others; Ed Wood was not a Best Picture
nominee)."""
from __future__ import annotations

from award_claims import award_verdicts


def test_the_prize_after_the_list_is_read(default_kb):
    assert award_verdicts("Forrest Gump beat Pulp Fiction and The Shawshank Redemption for "
                          "Best Picture in 1995.", default_kb) == ["supported"]


def test_a_beaten_film_that_was_no_nominee(default_kb):
    assert award_verdicts("Forrest Gump beat Pulp Fiction and Ed Wood for Best Picture at the "
                          "67th Academy Awards.", default_kb) == ["refuted"]
