"""A place said through "where": a relative clause on a place ("Coney Island, where the film is
set"; "the Dolby Theatre, where the Oscars were held"), on a common noun the copula or an
apposition names ("the neighborhood where it was shot is Brighton Beach"), or a "where" clause
as the copula's complement ("Brighton Beach is where it is set"): the cue's place is what the
"where" stands for (claims/locations.py _where_of), and the noun the clause hangs on is not the
cue's object (claims/frames.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

import reelcheck


def located(text, kb, pred):
    return [(c.slots.get("place"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == pred]


A = "Anora opened in October. "


@pytest.mark.parametrize("text, pred, place, verdict", [
    (A + "Baker went back to Las Vegas, where the story is partly set.",
     "narrative_location", "las-vegas", "supported"),
    (A + "Baker went back to Houston, where the story is partly set.",
     "narrative_location", "houston", "refuted"),
    (A + "Philadelphia is where the film is set.", "narrative_location", "philadelphia",
     "refuted"),
    (A + "Mill Basin, where much of the film was shot, is a quiet corner of Brooklyn.",
     "filming_location", "mill-basin", "supported"),
    (A + "The neighborhood where the crew shot most scenes is Brighton Beach.",
     "filming_location", "brighton-beach", "supported"),
    ("The Dolby Theatre, where the 97th Academy Awards were held, is in Hollywood.",
     "event_location", "dolby-theatre", "supported"),
    ("The Beverly Hilton, where the 97th Academy Awards were held, is in Beverly Hills.",
     "event_location", "beverly-hilton", "refuted"),
    ("Darya Ekamasova returned to Kyiv, where she was born.", "place_of_birth", "kyiv",
     "refuted"),
])
def test_the_where_stands_for_the_place(default_kb, text, pred, place, verdict):
    assert (place, verdict) in located(text, default_kb, pred)


@pytest.mark.parametrize("text, pred", [
    (A + "Baker moved to Chicago, where he wrote the film.", "narrative_location"),
    (A + "Baker moved to Chicago, where he wrote the film.", "filming_location"),
])
def test_a_where_clause_of_another_verb_says_nothing(default_kb, text, pred):
    assert not located(text, default_kb, pred)
