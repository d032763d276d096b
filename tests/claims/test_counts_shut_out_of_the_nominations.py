""""Shut out of the nominations", "frozen out of the nominations at the SAG Awards": a relation
of none (`qualifiers.zero_count.relations`) whose preposition takes a nomination noun with no
number says none was a nomination, not that none was won. Sentences are written for these
tests; the facts are the default KB's (Anora's nominations at the Globes and the SAG Awards
are complete)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [(c.category, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_shut_out_of_the_nominations_is_a_count_of_nominations(default_kb):
    got = claims("Anora was shut out of the nominations at the Golden Globes.", default_kb)
    assert [(c, v) for c, v, _e in got] == [("count", "refuted")], got
    assert "5 nominations" in got[0][2]
    got = claims("Anora was frozen out of the nominations at the SAG Awards.", default_kb)
    assert [(c, v) for c, v, _e in got] == [("count", "refuted")], got

    # ... while "shut out at" a show is still none won
    got = claims("Anora was shut out at the Golden Globes despite five nominations.",
                 default_kb)
    assert [v for _c, v, _e in got] == ["supported", "supported"], got
