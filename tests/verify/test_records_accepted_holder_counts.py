"""A record list whose earliest holder is disputed (the KB keeps each holder's
`accepted_ordinals`: the film that won Cannes' Grand Prix before the prize was named the Palme
d'Or is counted by some sources, not by others) accepts the number of its holders in either
count: "the only three films to win both" is supported now, and "the only two", said in a piece
of the year Parasite won, held by one count then -- neither is refuted
(verify/records.py `_counts_then`). A number no count gives is still refuted. Sentences are
written for these tests; the facts are the default KB's record list."""
from __future__ import annotations

import pytest

from award_claims import record_verdicts


@pytest.mark.parametrize("text,verdict", [
    ("Anora, Parasite and Marty are the only films to win both the Palme d'Or and Best "
     "Picture.", "supported"),
    ("Only three films have won both the Palme d'Or and Best Picture.", "supported"),
    ("Only five films have won both the Palme d'Or and Best Picture.", "refuted"),
])
def test_either_accepted_count_of_holders_now(text, verdict, default_kb):
    assert record_verdicts(text, default_kb) == [verdict], text


def test_a_count_accepted_in_the_piece_s_year_is_not_refuted(default_kb):
    got = record_verdicts("Parasite triumphed at the 92nd Academy Awards on Sunday. With its "
                          "Best Picture win, Parasite and Marty are now the only two films to "
                          "win both the Palme d'Or and Best Picture.", default_kb)
    assert got and "refuted" not in got
