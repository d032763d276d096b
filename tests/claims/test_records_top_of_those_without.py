"""A superlative over the films that lack something ("the most nominations without a win") is
the top of a part of the edition, not of the edition: the KB's count of the night's
nominations does not decide it, so it is never refuted with the night's most-nominated film.
The edition's plain top is still checked. Sentences written for these tests; facts from the
default KB (the 96th Academy Awards)."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "record"]


def test_a_label_for_the_most_nominations_without_a_win_is_not_the_night_s_top(default_kb):
    text = ("Most nods without a single trophy: Killers of the Flower Moon, which was shut out "
            "at the 96th Academy Awards.")
    assert not any(c.verdict == "refuted" for c in records(text, default_kb))


def test_the_most_nominated_film_without_a_win_is_not_refuted(default_kb):
    text = ("At the 96th Academy Awards, Killers of the Flower Moon had the most nominations "
            "without a win.")
    assert not any(c.verdict == "refuted" for c in records(text, default_kb))


def test_the_night_s_plain_top_is_still_checked(default_kb):
    text = ("At the 96th Academy Awards, Killers of the Flower Moon had the most nominations "
            "of any film.")
    assert [c.verdict for c in records(text, default_kb)] == ["refuted"]
