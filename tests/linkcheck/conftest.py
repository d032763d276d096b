from __future__ import annotations

import pytest

from reelcheck.linkcheck import find_links


def links_in(text: str, blocklists=()):
    """find_links plus the invariant every caller relies on: spans point at their text."""
    links = find_links(text, blocklists=blocklists)
    for link in links:
        assert text[link.start:link.end] == link.text
    assert [l.start for l in links] == sorted(l.start for l in links)
    for a, b in zip(links, links[1:]):
        assert a.end <= b.start
    return links


def one_link(text: str, blocklists=()):
    links = links_in(text, blocklists)
    assert len(links) == 1, [(l.text, l.verdict) for l in links]
    return links[0]


@pytest.fixture
def one():
    return one_link


@pytest.fixture
def find():
    return links_in
