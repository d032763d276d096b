""""The film" at a sentence's start means a film named before it: the article's main film
named only later in that same sentence is no antecedent ("The film was shut out at the Golden
Globes, where X won ..." does not say X was shut out). Sentences are written for these tests;
the facts are the default KB's (The Brutalist won Best Director at the 82nd Golden Globes)."""
from __future__ import annotations

import reelcheck


def test_the_film_is_not_a_title_named_after_it(default_kb):
    text = ("The film was shut out at the Golden Globes in January, a night on "
            "which The Brutalist took best director and The Brutalist's star was nominated.")
    got = [(c.text, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims]
    assert not any(v == "refuted" for _t, v in got), got


def test_a_title_named_before_is_still_the_film(default_kb):
    text = ("The Brutalist was a favourite in January. The film was shut out at "
            "the Golden Globes, though Brady Corbet was named best director.")
    got = [(c.text, c.verdict) for c in reelcheck.check(text, kb=default_kb).claims
           if "shut out" in c.text]
    assert [v for _t, v in got] == ["refuted"], got
