""""The Producers Guild handed Anora its top award": the parser may read both objects of a
verb of giving as direct objects; the first, set right before the second, is who the prize
was given to (attach `_first_of_two_objects`). Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_the_first_of_two_objects_is_the_winner(default_kb):
    got = awards("The Producers Guild handed Anora its Zanuck award.", default_kb)
    assert [v for _t, v, _e in got] == ["supported"], got
    got = awards("Sean Baker won the DGA prize on February 8, 2025, and that same night the "
                 "Producers Guild handed Anora its top award.", default_kb)
    assert [v for _t, v, _e in got] == ["supported", "supported"], got
    # ... and a wrong one there is refuted (BAFTA's Best Film of 2025 went to Conclave)
    got = awards("BAFTA handed Anora its best film award.", default_kb)
    assert [v for _t, v, _e in got] == ["refuted"], got
