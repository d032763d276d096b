"""'The most-nominated film in Oscar history': a superlative over every edition, which the
complete Oscar record decides (verify/records.py `_most_of_all_time`). Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "record"]


def test_the_all_time_top_holds(default_kb):
    got = records("With its haul of nods, Sinners became the most-nominated film in Oscar "
                  "history.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "Titanic" in got[0].explanation or "14" in got[0].explanation


def test_a_film_below_the_all_time_top_is_refuted(default_kb):
    got = records("With its haul of nods, Oppenheimer became the most-nominated film in Oscar "
                  "history.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "Titanic" in got[0].explanation   # the top by the time the piece can be from


def test_a_tie_with_the_top_is_left_open(default_kb):
    got = records("With its haul of nods, La La Land became the most-nominated film in Oscar "
                  "history.", default_kb)
    assert [c.verdict for c in got] != ["supported"], [(c.text, c.explanation) for c in got]
