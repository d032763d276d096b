""""Two Oscar winners ...: A and B": the number on a winner noun counts the winners the frame
lists, never each winner's prizes (no refute from the count).

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def test_a_count_of_winners_is_not_a_count_of_each_one_s_prizes(default_kb):
    r = reelcheck.check("Two Oscar winners for Best Documentary Feature and Best Picture: I Am a "
                        "Promise: The Children of Stanton Elementary School (1993) and "
                        "Schindler's List (1993).", kb=default_kb)
    assert "refuted" not in [c.verdict for c in r.claims]
    assert not [c for c in r.claims if c.category == "count"]
