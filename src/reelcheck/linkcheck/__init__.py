"""Links: URLs, bare domains and calls to action, classified piracy/spam/ok/unknown (stub)."""
from __future__ import annotations


def find_links(text, blocklists=()):
    return []
