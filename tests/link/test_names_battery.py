"""The names battery (tests/data/names_battery.py): every slip in RECALL is flagged with the
KB's spelling (or, where the form is accepted, not flagged), and nothing in PRECISION is."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document

from tests.data.names_battery import PRECISION, RECALL


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, right", RECALL)
def test_battery_slip(default_kb, text, wrong, right):
    got = _flags(default_kb, text)
    if right is None:
        assert not any(w == wrong for w, _s in got)
    else:
        assert (wrong, right) in got


@pytest.mark.parametrize("text", PRECISION)
def test_battery_no_false_flag(default_kb, text):
    assert _flags(default_kb, text) == []
