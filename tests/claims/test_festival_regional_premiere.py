"""Which premiere a showing was is a slot (claims/festivals.py `_regional`, verify/festivals.py
`_regional`): "its North American premiere at Telluride" says more than a screening there, so
the KB's record of the screening alone leaves it open, naming what it could not check; a world
premiere elsewhere still refutes "its world premiere at Telluride". Sentences are written for
these tests; the facts are the default KB's (Anora screened at Telluride, Toronto and the New
York Film Festival after its world premiere at Cannes; the KB does not record which of them
was a regional premiere)."""
from __future__ import annotations

import pytest

import reelcheck


def festival(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


@pytest.mark.parametrize("text,region", [
    ("After Cannes, Anora had its North American premiere at Telluride.", "North American"),
    ("Anora had its US premiere at the New York Film Festival that autumn.", "US"),
    ("Neon gave Anora its Canadian premiere at TIFF.", "Canadian"),
])
def test_a_regional_premiere_the_kb_does_not_record_is_left_open(text, region, default_kb):
    got = festival(text, default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"], [(c.text, c.explanation) for c in got]
    assert region in got[0].text and f"its {region} premiere" in got[0].explanation


def test_a_plain_screening_is_still_supported(default_kb):
    got = festival("Anora screened at Telluride in 2024.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_world_premiere_elsewhere_still_refutes(default_kb):
    got = festival("After Cannes, Anora had its world premiere at Telluride.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
