"""A count followed by the works it counts ("won four Oscars, for A and B"): the works list
the counted wins, so no one of them sets the count's night (claims/awards/ `listed_works`);
the count is the record's, and a different one is left undecided (the list may be partial or
the piece older). Sentences written for these tests."""
from __future__ import annotations

import pytest

import reelcheck


def counts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


@pytest.mark.parametrize("text", [
    "Katharine Hepburn took four Oscars, for Morning Glory and The Lion in Winter among others.",
    "Katharine Hepburn won four Academy Awards, for Morning Glory, The Lion in Winter and On Golden Pond.",
])
def test_the_whole_record_s_count_with_a_list_is_supported(default_kb, text):
    assert counts(text, default_kb) == ["supported"]


@pytest.mark.parametrize("text", [
    "Katharine Hepburn won two Oscars, for Morning Glory and The Lion in Winter.",
    "Frances McDormand won two Oscars, for Fargo and Nomadland.",
])
def test_a_count_with_a_list_is_never_refuted(default_kb, text):
    assert "refuted" not in counts(text, default_kb)
