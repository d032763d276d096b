"""A pool of nominations fronted with "of" before the subject ("Of its six nominations, X won
five") is read as "out of" is (lexicon `qualifiers.pool_prepositions`): the bare number the
verb takes is that many wins out of the pool. Sentences are written for these tests; the
facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def win_counts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count" and "won" in c.text]


def test_a_fronted_of_pool_gives_the_bare_count_its_noun(default_kb):
    assert win_counts("Of its six nominations, Anora won five.", default_kb) == ["supported"]
    assert win_counts("Of its 13 nominations, Emilia Pérez won just two.",
                      default_kb) == ["supported"]
    # a wrong count: refuted where the show is named, else open, never supported
    assert win_counts("Of its six nominations at the 97th Academy Awards, Anora won four.",
                      default_kb) == ["refuted"]
    assert win_counts("Of its 13 nominations, Emilia Pérez won just three.",
                      default_kb) == ["not_enough_info"]
    # an "of" that is no fronted pool gives no one a prize ("the star of a Best Picture
    # winner" is not a winner herself)
    got = [c.verdict for c in reelcheck.check(
        "Now Mikey Madison is the star of a Best Picture winner and the holder of the Academy "
        "Award for Best Actress.", kb=default_kb).claims]
    assert "refuted" not in got, got
