"""Ingest: bytes from a user (text or HTML) -> a `Document`, or a clear `InputError`.

reelcheck never fetches URLs: callers hand it bytes. For plain text the document text is the
input exactly as decoded, so offsets in the report are offsets in the user's file. HTML goes
through trafilatura (main text + title/url/date metadata).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Optional

from ..model import Document

MAX_BYTES = 10 * 1024 * 1024  # a feature article is ~10-50 KB; 10 MB is already no article


class InputError(Exception):
    """Input that cannot be checked. `kind` is a short machine-readable reason."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the first 8 KB: not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and ctrl / len(head) > 0.10


def looks_html(data: bytes, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        b"<body" in head and b"</" in data[:65536])


def decode(data: bytes, where: str = "input") -> tuple[str, list[str]]:
    """UTF-8 (BOM stripped); invalid bytes are replaced and a warning says how many."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        n = text.count("\ufffd")
        warnings.append(f"{where}: not valid UTF-8; {n} invalid byte sequence(s) replaced with U+FFFD")
        return text, warnings


def doc_id_for(data: bytes, name: Optional[str] = None) -> str:
    if name:
        return name
    return "sha1:" + hashlib.sha1(data).hexdigest()[:16]


def from_bytes(data: bytes, *, name: str = "", doc_id: Optional[str] = None,
               url: Optional[str] = None, title: Optional[str] = None,
               date: Optional[str] = None, fmt: Optional[str] = None,
               max_bytes: int = MAX_BYTES) -> Document:
    """Bytes -> Document. `fmt` is 'text' or 'html' (guessed from name/content when None)."""
    where = name or "input"
    if len(data) > max_bytes:
        raise InputError("too_large", f"{where}: {len(data) / 1e6:.1f} MB is larger than the "
                         f"{max_bytes / 1e6:.0f} MB limit for one document")
    if not data.strip():
        raise InputError("empty", f"{where}: empty document (nothing to check)")
    if looks_binary(data):
        raise InputError("binary", f"{where}: looks like a binary file, not text or HTML")
    fmt = fmt or ("html" if looks_html(data, name) else "text")
    text, warnings = decode(data, where)
    if fmt == "html":
        return from_html(text, doc_id=doc_id or doc_id_for(data, name), url=url, title=title,
                         date=date, warnings=warnings)
    return Document(id=doc_id or doc_id_for(data, name), text=text, url=url, title=title,
                    date=date, format="text", warnings=warnings)


def from_html(html: str, *, doc_id: str = "doc", url: Optional[str] = None,
              title: Optional[str] = None, date: Optional[str] = None,
              warnings: Optional[list] = None) -> Document:
    """Main text and metadata of an HTML page (trafilatura; selectolax as a fallback)."""
    from .html import html_to_text
    text, meta = html_to_text(html, url=url)
    if not text.strip():
        raise InputError("empty", f"{doc_id}: no article text found in the HTML")
    return Document(id=doc_id, text=text, url=url or meta.get("url"),
                    title=title or meta.get("title"), date=date or meta.get("date"),
                    format="html", warnings=list(warnings or []))


def from_path(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file the user named. Errors are `InputError`s with one-line messages."""
    p = Path(path)
    if not p.exists():
        raise InputError("not_found", f"{p}: no such file")
    if p.is_dir():
        raise InputError("is_directory", f"{p}: is a directory (use `reelcheck batch` for folders)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError("too_large", f"{p}: {size / 1e6:.1f} MB is larger than the "
                             f"{max_bytes / 1e6:.0f} MB limit for one document")
        data = p.read_bytes()
    except PermissionError:
        raise InputError("unreadable", f"{p}: permission denied") from None
    except OSError as e:
        raise InputError("unreadable", f"{p}: cannot read ({e.strerror or e})") from None
    return from_bytes(data, name=str(p), doc_id=p.name, max_bytes=max_bytes)
