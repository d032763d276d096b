"""A count told by a bare participle hung on a clause that names an edition ("X set the record at
the 26th Academy Awards, winning four Oscars") is that night's count, not the career's; under
"after" ("made history at the 26th after winning four") it is another time the sentence does
not state, left open. A holder noun's possessive pronoun ("not counted as its recipient") is the
prize held, not the holder. Sentences are written for these tests; the facts are the default
KB's (Walt Disney won four Oscars at the 26th Academy Awards, 22 competitive in all)."""
from __future__ import annotations

import pytest
import reelcheck


def claims(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text,verdict", [
    ("Walt Disney made history at the 26th Academy Awards, taking home four Oscars.",
     "supported"),
    ("Walt Disney made history at the 26th Academy Awards, taking home six Oscars.",
     "refuted"),
    ("Walt Disney made history at the 26th Academy Awards by taking home four Oscars.",
     "supported"),
])
def test_the_participle_counts_the_governing_clauses_night(text, verdict, default_kb):
    got = [x for x in claims(text, default_kb) if "taking home" in x[0]]
    assert [v for _t, v, _e in got] == [verdict], got
    assert "26th Academy Awards" in got[0][2]


def test_after_a_participle_the_count_is_left_open(default_kb):
    got = claims("Walt Disney made history at the 26th Academy Awards after taking home four "
                 "Oscars.", default_kb)
    assert [v for _t, v, _e in got] == ["not_enough_info"], got


def test_a_possessive_pronoun_of_a_holder_noun_is_the_prize(default_kb):
    got = claims("At the 92nd ceremony Parasite won best picture and best international "
                 "feature. Because that award goes to the country, Bong Joon Ho is not counted "
                 "as its recipient.", default_kb)
    assert got and "refuted" not in [v for _t, v, _e in got], got
