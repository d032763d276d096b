""""N years after <named event>" counts from the event the preposition names, not from the
edition the passage last named. Sentences written for these tests; facts are the default KB's
Oscar record."""
from __future__ import annotations

import reelcheck


def of(text, kb, subject):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("subject") == subject and c.category == "award"]


def test_a_win_counted_from_a_named_film_is_not_shifted_from_the_passage_night(default_kb):
    # the passage's night is the 93rd; "two years after Parasite" (92nd) is the 94th, where
    # CODA did win; shifting the 93rd by two gave the 95th and a refute
    text = ("At the 93rd Academy Awards the top prize went to Nomadland. "
            "Two years after Parasite, CODA took Best Picture.")
    got = of(text, default_kb, "coda-2021-film")
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_bare_shift_still_counts_from_the_passage_night(default_kb):
    # no anchor: "a year later" is the 94th, where Nomadland did not win Best Picture
    text = ("Parasite won Best Picture at the 92nd Academy Awards. "
            "Two years later, Nomadland took Best Picture.")
    got = of(text, default_kb, "nomadland-2020-film")
    assert [c.verdict for c in got] == ["refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
