"""A bare win ("Y won", no prize named) after a passage about one prize is read as that prize
only as a reading when Y won another prize of the same show: the win may be that one, so it
supports but never refutes. Before, "Y won" was refuted with the passage's category although
Y's own win that night was another.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _bare(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") == "award"
            and text[c.start:c.end].endswith("won")]


def test_a_bare_win_of_someone_who_won_another_prize_that_night_is_not_refuted(default_kb):
    text = ("At the 96th Academy Awards, Emma Stone took home her Best Actress Oscar.\n\n"
            "Later that evening, Robert Downey Jr. won.\n")
    assert "refuted" not in _bare(text, default_kb)


def test_a_bare_win_of_someone_who_won_nothing_there_is_still_refuted(default_kb):
    text = ("At the 96th Academy Awards, Emma Stone took home her Best Actress Oscar.\n\n"
            "Later that evening, Annette Bening won.\n")
    assert _bare(text, default_kb) == ["refuted"]
