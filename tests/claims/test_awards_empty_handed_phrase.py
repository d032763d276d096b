"""A hyphenated word of a cue ("went home empty-handed") is the word alone, not the phrase the
parser hangs on it ("empty-handed at the Golden Globes despite five nominations"): the count of
none is read beside the count of nominations. Sentences are written for these tests; the facts
are the default KB's (Anora had five Golden Globe nominations and won none; it won five Oscars
at the 97th)."""
from __future__ import annotations

import pytest
import reelcheck


def counts(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text,verdict", [
    ("Anora went home empty-handed at the Golden Globes despite its five nominations.",
     "supported"),
    ("Anora went home empty-handed at the 97th Academy Awards despite six nominations.",
     "refuted"),
])
def test_the_count_of_none_beside_a_count_of_nominations(text, verdict, default_kb):
    got = [v for t, v in counts(text, default_kb) if "empty-handed" in t]
    assert got == [verdict], counts(text, default_kb)
