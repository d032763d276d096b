"""A jury that is the subject of a verb of awarding ("a jury led by X gave Anora the Palme",
"the jury, chaired by X, handed the Palme to Anora") is the jury of the edition where the KB
records that film's win (claims/festivals.py `_jury_win_edition`), as a relative clause on
the jury already was ("the jury that crowned Anora"): its president is then decided. Sentences
are written for these tests; the facts are the default KB's (Greta Gerwig presided over the
77th Cannes jury, which gave Anora the Palme d'Or)."""
from __future__ import annotations

import pytest

import reelcheck


def juries(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "jury_president"]


@pytest.mark.parametrize("text,verdict", [
    ("A jury led by Greta Gerwig handed Anora the Palme d'Or.", "supported"),
    ("A jury led by Cate Blanchett handed Anora the Palme d'Or.", "refuted"),
    ("The jury, chaired by Ruben Ostlund, gave the top prize to Anora.", "refuted"),
])
def test_the_jury_that_awarded_the_film_is_that_editions(text, verdict, default_kb):
    got = juries(text, default_kb)
    assert [v for v, _ in got] == [verdict], (text, got)
    if verdict == "refuted":
        assert "Greta Gerwig" in got[0][1]


def test_a_jury_whose_film_the_kb_does_not_place_stays_open(default_kb):
    # no win of this film at a festival the KB holds: no edition, so nothing refutes
    got = juries("A jury led by Cate Blanchett handed Conclave its prize.", default_kb)
    assert "refuted" not in [v for v, _ in got], got
