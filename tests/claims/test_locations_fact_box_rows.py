"""A row of a fact box: a short label holding a cue of a film's place, a colon and a list of
places ("Filming locations: A, B", "Setting: A", "Shot in: A"): each place is a claim about
the film the passage is about; the items of the list are side by side (none is said to lie in
the next). A row whose items are not all places, or that is a clause, is no such list.
Sentences written for these tests; facts from the default KB (Anora's story is set, in full,
in New York and Las Vegas; it was filmed in Brighton Beach, Coney Island and Las Vegas among
others)."""
from __future__ import annotations

import pytest

import reelcheck

HEAD = "Anora (2024)\nDirected by Sean Baker\n"


def places(line, kb):
    return [(c.predicate, c.slots.get("place"), c.verdict)
            for c in reelcheck.check(HEAD + line, kb=kb).claims if c.category == "location"]


def test_a_filming_row_gives_each_place(default_kb):
    got = places("Filming locations: Brighton Beach, Coney Island, Las Vegas", default_kb)
    assert sorted(got) == [("filming_location", "brighton-beach", "supported"),
                           ("filming_location", "coney-island", "supported"),
                           ("filming_location", "las-vegas", "supported")]


@pytest.mark.parametrize("line, verdict", [
    ("Setting: Brooklyn, Las Vegas", "supported"),
    ("Set in: New York City", "supported"),
    ("Setting: Miami", "refuted"),
    ("Set in: Boston", "refuted"),
])
def test_a_setting_row(default_kb, line, verdict):
    got = places(line, default_kb)
    assert got and {v for pred, _p, v in got} == {verdict}
    assert {pred for pred, _p, _v in got} == {"narrative_location"}


def test_a_shot_in_row(default_kb):
    assert places("Shot in: Las Vegas", default_kb) == [
        ("filming_location", "las-vegas", "supported")]


@pytest.mark.parametrize("line", [
    "Premiere: Cannes, May 21, 2024",
    "Setting: Baker returns to Brooklyn",          # a clause, not a list
])
def test_rows_that_are_no_list_of_a_film_s_places(default_kb, line):
    assert not [c for c in reelcheck.check(HEAD + line, kb=default_kb).claims
                if c.predicate in ("filming_location", "narrative_location")
                and c.verdict == "refuted"]
