"""The Lido, Venice's festival island, stands for the Venice festival as the Croisette does for
Cannes (lexicon `festival_cities`, `festival_short_names`): "premiered on the Lido" names a
festival, so the KB's world premiere elsewhere refutes it. Before, only the date was read and
supported, the place ignored. Sentences written for these tests; the facts are the default
KB's."""
from __future__ import annotations

import reelcheck


def test_a_premiere_on_the_lido_is_at_venice(default_kb):
    got = [(c.category, c.verdict) for c in reelcheck.check(
        "Bong Joon Ho's Parasite had its premiere on the Lido in 2019.", kb=default_kb).claims]
    assert ("festival", "refuted") in got and ("date", "supported") not in got, got
