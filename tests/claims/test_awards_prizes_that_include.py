""""Moonlight's three Oscars included Best Picture and Best Adapted Screenplay": a prize noun
that is the subject of a verb of inclusion names some of its prizes in the verb's object. Each
category named is a prize the owner won there (one of those counted, not all of them), a slot
the verdict must account for.

Sentences written for these tests; the facts are the default KB's (Moonlight won Best Picture,
Best Adapted Screenplay and Best Supporting Actor at the 89th Academy Awards, not Best
Director; Oppenheimer won seven at the 96th, Best Actor among them, not Best Actress)."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb):
    return sorted(c.verdict for c in reelcheck.check(text, kb=kb).claims)


def test_included_categories_that_were_won_hold(default_kb):
    assert _verdicts("Moonlight's three Oscars included Best Picture and Best Adapted "
                     "Screenplay.", default_kb) == ["supported", "supported"]
    assert _verdicts("Oppenheimer's seven Oscar wins included Best Picture and Best Actor.",
                     default_kb) == ["supported", "supported"]


def test_an_included_category_not_won_refutes(default_kb):
    assert "refuted" in _verdicts("Moonlight's three Oscars included Best Picture and Best "
                                  "Director.", default_kb)
    assert "refuted" in _verdicts("Oppenheimer's seven Oscar wins included Best Picture and "
                                  "Best Actress.", default_kb)
    assert _verdicts("Moonlight's Oscars included Best Director.", default_kb) == ["refuted"]
