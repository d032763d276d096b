"""A film's superlative said with "ever" ("the most nominated film ever", "received the most
nominations ever") is the all-time record the complete Oscar record decides, not one edition's
top nor a part of it. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def records(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "record"]


def test_the_most_nominated_film_ever_is_judged_over_every_edition(default_kb):
    got = records("All About Eve took six Academy Awards. It was the most nominated film ever, "
                  "with 14.", default_kb)
    assert [c.verdict for c in got] == ["supported"] and got[0].slots.get("all_time")
    # a tie at the top is no record of its own
    got = records("Titanic won 11 Academy Awards. Titanic was the most nominated film ever.",
                  default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"] and "tie" in got[0].explanation


def test_an_ever_hung_on_the_verb_makes_the_record_all_time(default_kb):
    got = records("Back at the 1998 Academy Awards, Good Will Hunting received the most "
                  "nominations ever.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert all(c.slots.get("all_time") for c in got)
