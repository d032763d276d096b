"""Quotes: extraction, attribution and verdicts against trusted sources (stub)."""
from __future__ import annotations


def check_quotes(doc, mentions, kb, options=None):
    return []
