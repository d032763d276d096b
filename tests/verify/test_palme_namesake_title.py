"""A film said to have won the Palme d'Or with no year is refuted from the complete list only
when its title names no winner of any year: "The Turning Point" names the 1946 winner as well
as the 1977 American film, so the sentence may mean the winner and stays open. Sentences
written for these tests."""
from __future__ import annotations

import reelcheck


def palme(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_title_a_winner_bears_is_not_refuted(default_kb):
    got = palme("The Turning Point won the Palme d'Or.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_a_title_no_winner_bears_is_still_refuted(default_kb):
    got = palme("Emilia Pérez won the Palme d'Or.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
