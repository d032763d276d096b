"""A holder noun after a category ("a surprise best picture winner at the 90th Academy Awards",
"a best actress nominee") states that prize: the category's "best" is no superlative, while a
superlative on it ("the youngest best actress winner") still makes a record the win does not
vouch for. A nomination ordinal that names its class ("on his sixth acting nomination") counts
that class only. Sentences are written for these tests; the facts are the default KB's (Green
Book won Best Picture at the 91st; Leonardo DiCaprio's fifth acting nomination, for The
Revenant, was his sixth in all)."""
from __future__ import annotations

import pytest
import reelcheck


def awards(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "record")]


@pytest.mark.parametrize("text,verdict", [
    ("Green Book was an unexpected best picture winner at the 90th Academy Awards.", "refuted"),
    ("Green Book was an unexpected best picture winner at the 91st Academy Awards.",
     "supported"),
    ("Brie Larson was a best actress nominee at the 88th Academy Awards.", "supported"),
])
def test_a_category_before_a_holder_noun_is_its_prize(text, verdict, default_kb):
    got = awards(text, default_kb)
    assert [v for _t, v, _e in got] == [verdict], got


def test_a_superlative_on_the_category_is_still_a_record(default_kb):
    got = awards("Emma Stone is the youngest best actress winner in history.", default_kb)
    assert "supported" not in [v for _t, v, _e in got], got


@pytest.mark.parametrize("nth,verdict", [("fifth", "supported"), ("sixth", "refuted")])
def test_a_nomination_ordinal_of_a_class_counts_that_class(nth, verdict, default_kb):
    got = awards(f"At the 88th Academy Awards, Leonardo DiCaprio finally won best actor on his "
                 f"{nth} acting nomination, for The Revenant.", default_kb)
    assert [v for _t, v, _e in got][:1] == [verdict], got
    if verdict == "refuted":
        assert "actor or actress nominations" in got[0][2] and "fifth" in got[0][2]
