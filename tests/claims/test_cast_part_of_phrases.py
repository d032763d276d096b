"""A part named by an 'of' phrase (claims/cast.py, lexicon cast section): an owned noun of a
played part ("Ekamasova's portrayal of Galina", as "her turn as Galina"), a noun standing for the
part in a cast clause's slot ("the character of Toros is played by ..."), and a verb of taking a
part ("essays the role of ...")."""
from __future__ import annotations

import pytest

import reelcheck


@pytest.mark.parametrize("text, expect", [
    ("Darya Ekamasova's portrayal of Galina is icy and very funny.", "supported"),
    ("Darya Ekamasova's portrayal of Diamond is icy and very funny.", "refuted"),
    ("Karagulian's performance of Toros is the comic engine of the second act.", "supported"),
    ("The character of Toros is portrayed by Karren Karagulian.", "supported"),
    ("The character of Toros is portrayed by Yura Borisov.", "refuted"),
    ("Newcomer Mark Eydelshteyn essays the part of Vanya.", "supported"),
    ("Newcomer Mark Eydelshteyn essays the part of Garnick.", "refuted"),
])
def test_part_of_phrase(default_kb, text, expect):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims if c.category == "cast"]
    assert expect in got
    if expect == "supported":
        assert "refuted" not in got


def test_an_owned_portrayal_of_a_place_is_no_part(default_kb):
    claims = reelcheck.check("Sean Baker's portrayal of Brighton Beach is affectionate.",
                             kb=default_kb).claims
    assert not [c for c in claims if c.category == "cast"]
