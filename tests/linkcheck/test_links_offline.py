"""tldextract must answer from its bundled suffix list: no network, no cache on disk."""
from __future__ import annotations

import socket

import pytest

from reelcheck.linkcheck import domains, find_links


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args[:2]!r}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_fresh_extractor_splits_without_network(no_network, tmp_path, monkeypatch):
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "cache"))
    domains.extractor.cache_clear()
    domains.split_host.cache_clear()
    try:
        r = domains.extractor()("a.b.co.uk")
        assert (r.subdomain, r.domain, r.suffix) == ("a", "b", "co.uk")
        host = domains.split_host("www.A.b.co.uk")
        assert (host.subdomain, host.name, host.suffix) == ("a", "b", "co.uk")
        assert find_links("Mirror at myflixer-to.online")[0].verdict == "piracy"
    finally:
        domains.extractor.cache_clear()
        domains.split_host.cache_clear()
    assert not (tmp_path / "cache").exists()


def test_extractor_configuration_is_offline():
    ex = domains.extractor()
    assert tuple(ex.suffix_list_urls) == ()
    assert ex.fallback_to_snapshot is True


def test_unknown_endings_are_not_domains():
    assert domains.split_host("report.pdf") is None
    assert domains.split_host("co.uk") is None
    assert domains.split_host("St.Louis") is None
