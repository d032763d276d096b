"""A win whose clause names two editions of one festival (the parser hanging a side
clause's "at the 70th edition" on the win's verb) cannot tell which is the win's: neither the
year nor the festival alone may support it. A win whose edition and year disagree, the
year's prize being the subject's own, is refuted by the edition's winners, not the year's.

Sentences are written for these tests; the facts are the default KB's Palme d'Or record
(2017 The Square at the 70th, 2022 Triangle of Sadness at the 75th, 2024 Anora at the 77th)."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "award_received"]


def test_two_editions_on_one_win_never_support_by_the_year(default_kb):
    got = wins("In 2022, Triangle of Sadness won at the 74th Cannes Film Festival, the first "
               "Swedish winner since The Square, which premiered on May 20, 2017, at the 70th "
               "edition.", default_kb)
    mine = [c for c in got if c.subject and c.subject.label == "Triangle of Sadness"]
    assert mine and all(c.verdict == "not_enough_info" for c in mine)


def test_one_edition_still_decides(default_kb):
    got = wins("In 2022, Triangle of Sadness won at the 75th Cannes Film Festival.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_an_edition_held_in_another_year_than_said_refutes_by_its_own_winners(default_kb):
    got = wins("Anora took the Palme d'Or at the 75th Cannes Film Festival in 2024.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Triangle of Sadness" in got[0].explanation and "75th" in got[0].explanation
