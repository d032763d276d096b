"""A record's "since" bound said inside the infinitive its verb takes ("the first Palme winner to
go on to win Best Picture since X"): the bound is the record's, not another clause's. Sentences
of our own."""
from __future__ import annotations

import pytest

from award_claims import record_verdicts


@pytest.mark.parametrize("text, verdict", [
    ("Anora became the first Palme d'Or winner to go on to win Best Picture since Parasite.",
     "supported"),
    ("Anora became the first Palme d'Or winner to go on to win Best Picture since Marty.",
     "refuted"),
    ("Anora was the first Cannes winner to then go on to take Best Picture since Parasite.",
     "supported"),
])
def test_since_inside_the_infinitive_bounds_the_record(text, verdict, default_kb):
    assert record_verdicts(text, default_kb) == [verdict]
