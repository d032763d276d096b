"""A list of "name as part" pairs after a cast verb: the parser may hang the last pair's "as"
phrase on an earlier name that has its own already; it belongs to the name right before it.
Sentences of our own about Anora's cast."""
from __future__ import annotations

import pytest

import reelcheck


def cast_rows(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"]


@pytest.mark.parametrize("text, pair, verdict", [
    ("The film also stars Mark Eydelshteyn as Vanya, Yura Borisov as Igor, and Karren "
     "Karagulian as Toros.", "Karren Karagulian as Toros", "supported"),
    ("The film also stars Mark Eydelshteyn as Vanya, Yura Borisov as Igor, and Karren "
     "Karagulian as Garnik.", "Karren Karagulian as Garnik", "refuted"),
    ("Its ensemble features Mikey Madison as Ani, Yura Borisov as Igor, and Vache "
     "Tovmasyan as Garnik.", "Vache Tovmasyan as Garnik", "supported"),
])
def test_last_pair_of_the_list_is_read(text, pair, verdict, default_kb):
    rows = cast_rows(text, default_kb)
    assert (pair, verdict) in rows, rows
    # the earlier pairs keep their own parts
    assert all(v != "refuted" for t, v in rows if t != pair), rows
