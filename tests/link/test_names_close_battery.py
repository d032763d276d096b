"""The second names battery (tests/data/names_close_battery.py): names of others close to KB
names are never flagged as misspelt, slips of KB names are flagged with the KB's spelling,
and headline-case names are still linked."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document

from tests.data.names_close_battery import GAPS, HEADLINES, OTHERS, SLIPS


def _flags(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


@pytest.mark.parametrize("text", OTHERS)
def test_close_names_of_others_not_flagged(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", SLIPS)
def test_slips_flagged_with_the_kb_spelling(default_kb, text, wrong, right):
    got = _flags(default_kb, text)
    if right is None:
        assert not any(w == wrong for w, _s in got)
    else:
        assert (wrong, right) in got


@pytest.mark.parametrize("text, name", HEADLINES)
def test_headline_names_linked(default_kb, text, name):
    assert any(m.entity.label == name and m.issue == "none"
               for m in link_names(Document(id="t", text=text), default_kb))


@pytest.mark.parametrize("text, wrong, right, missing", GAPS)
def test_known_gaps(default_kb, text, wrong, right, missing):
    got = _flags(default_kb, text)
    if right is None:
        ok = not any(w == wrong for w, _s in got)
    else:
        ok = (wrong, right) in got
    if not ok:
        pytest.xfail(missing)
