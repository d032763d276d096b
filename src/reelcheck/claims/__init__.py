"""Claim extraction: check-worthy statements from a linked document."""
from __future__ import annotations


def extract_claims(doc, mentions, kb):
    return []
