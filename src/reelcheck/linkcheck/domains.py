"""Splitting host names at the public suffix, offline.

tldextract is built with no suffix-list URLs and no cache directory, so it reads only the
Public Suffix List snapshot bundled with the package: reelcheck never fetches anything.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import tldextract


@lru_cache(maxsize=1)
def extractor() -> tldextract.TLDExtract:
    """The one offline extractor (bundled snapshot only, no network, no disk cache)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@dataclass(frozen=True, slots=True)
class Host:
    """A lower-cased host name split as the public suffix list says."""
    host: str          # "watch.myflixer-to.online" (leading "www." removed)
    subdomain: str     # "watch"
    name: str          # "myflixer-to"
    suffix: str        # "online"

    @property
    def registered(self) -> str:
        """The part a registrar sells: "myflixer-to.online"."""
        return f"{self.name}.{self.suffix}" if self.suffix else self.name

    @property
    def tld(self) -> str:
        return self.suffix.rsplit(".", 1)[-1]

    def parents(self) -> list[str]:
        """The host and each parent domain down to the registered one, longest first."""
        labels = self.host.split(".")
        keep = max(2, len(self.registered.split(".")))
        return [".".join(labels[i:]) for i in range(0, len(labels) - keep + 1)] or [self.host]


def normalize_host(host: str) -> str:
    host = host.strip().strip(".").lower()
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


@lru_cache(maxsize=4096)
def split_host(host: str) -> Optional[Host]:
    """`Host` for a name with a known public suffix and a name before it; None otherwise."""
    host = normalize_host(host)
    if not host:
        return None
    r = extractor()(host)
    if not r.suffix or not r.domain:
        return None
    return Host(host, r.subdomain, r.domain, r.suffix)


def raw_host(host: str) -> Host:
    """A `Host` for something with no public suffix (an IP address, "localhost")."""
    host = normalize_host(host)
    return Host(host, "", host, "")
