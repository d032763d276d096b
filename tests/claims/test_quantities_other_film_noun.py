"""A money figure said of a film noun marked as another film ("his previous film", "her
earlier feature") is not about the film in focus (claims/quantities.py; lexicon
crew.other_film_words): reading it as Anora refuted a true sentence with Anora's budget.
Sentences are written for these tests; the facts are the default KB's (Anora cost $6 million)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora swept the Oscars for Sean Baker. "


def _money(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.subject.label if c.subject else None, c.predicate, c.verdict) for c in r.claims
            if c.category == "money" and c.start >= len(LEAD)]


def test_a_previous_film_is_not_the_film_in_focus(default_kb):
    got = _money("His previous film was made for $9 million.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got
    got = _money("Baker's earlier feature cost $9 million.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got


def test_the_film_in_focus_is_still_read(default_kb):
    got = _money("The film cost $9 million.", default_kb)
    assert ("Anora", "budget", "refuted") in got, got
