"""Ingest: bytes from a user (text or HTML) -> a `Document`, or a clear `InputError`.

reelcheck never fetches URLs: callers hand it bytes. For plain text the document text is the
input exactly as decoded, so offsets in the report are offsets in the user's file. HTML goes
through trafilatura (main text + title/url/date metadata).
"""
from __future__ import annotations

import hashlib
import os
import stat
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


def open_regular(path: str | os.PathLike):
    """Open `path` for reading only if it is a regular file: a FIFO, a device (/dev/zero), a
    socket or a folder is refused with an `InputError` instead of hanging or streaming forever.
    The file is opened non-blocking and checked on the open descriptor (no race with a swap)."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        if "://" in str(path):   # a web address: the page is the user's to save, never fetched
            raise InputError("not_found", f"{path}: reelcheck does not fetch web pages; save the "
                             "page (HTML or text) and give the file") from None
        raise InputError("not_found", f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError("is_directory", f"{p}: is a directory") from None
    except PermissionError:
        raise InputError("unreadable", f"{p}: permission denied") from None
    except OSError as e:
        raise InputError("unreadable", f"{p}: cannot read ({e.strerror or e})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is_directory", f"{p}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not_a_file", f"{p}: not a regular file (a pipe, device or socket); "
                             "give a file, or - for stdin")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(f, max_bytes: int, where: str) -> bytes:
    """At most `max_bytes` from `f`; a longer stream is an `InputError` ("too_large"), found
    while reading (a file that grows, or a stream whose size is not known up front)."""
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("too_large", f"{where}: larger than the {max_bytes / 1e6:.0f} MB limit "
                         "for one document")
    return data


def read_regular(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing non-files and anything over `max_bytes`."""
    p = Path(path)
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size > max_bytes:
            raise InputError("too_large", f"{p}: {size / 1e6:.1f} MB is larger than the "
                             f"{max_bytes / 1e6:.0f} MB limit for one document")
        try:
            return read_bounded(f, max_bytes, str(p))
        except OSError as e:
            raise InputError("unreadable", f"{p}: cannot read ({e.strerror or e})") from None


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


# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def transcode_bom(data: bytes, where: str = "input") -> tuple[bytes, list[str]]:
    """UTF-16/UTF-32 text with a byte-order mark -> UTF-8 bytes (without the mark), so the NUL
    bytes of a UTF-16 file are not taken for a binary file. Other bytes are returned as given."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(enc).encode("utf-8", errors="surrogatepass"), []
            except UnicodeDecodeError:
                text = body.decode(enc, errors="replace")
                return text.encode("utf-8"), [
                    f"{where}: not valid {enc.upper()}; invalid bytes replaced with U+FFFD"]
    return data, []


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
    data, bom_warnings = transcode_bom(data, where)
    if len(data) > max_bytes:
        raise InputError("too_large", f"{where}: {len(data) / 1e6:.1f} MB is larger than the "
                         f"{max_bytes / 1e6:.0f} MB limit for one document")
    if not data.strip():
        raise InputError("empty", f"{where}: empty document (nothing to check)")
    if looks_binary(data):
        raise InputError("binary", f"{where}: looks like a binary file, not text or HTML")
    fmt = fmt or ("html" if looks_html(data, name) else "text")
    text, warnings = decode(data, where)
    warnings = bom_warnings + warnings
    if fmt == "html":
        return from_html(text, doc_id=doc_id or doc_id_for(data, name), url=url, title=title,
                         date=date, warnings=warnings)
    return Document(id=doc_id or doc_id_for(data, name), text=text, url=url, title=title,
                    date=date, format="text", warnings=warnings)


def from_html(html: str, *, doc_id: str = "doc", url: Optional[str] = None,
              title: Optional[str] = None, date: Optional[str] = None,
              warnings: Optional[list] = None) -> Document:
    """Main text and metadata of an HTML page (trafilatura; selectolax as a fallback)."""
    from .html import html_to_text, page_anchors
    text, meta = html_to_text(html, url=url)
    if not text.strip():
        raise InputError("empty", f"{doc_id}: no article text found in the HTML")
    return Document(id=doc_id, text=text, url=url or meta.get("url"),
                    title=title or meta.get("title"), date=date or meta.get("date"),
                    format="html", warnings=list(warnings or []), anchors=page_anchors(html))


def from_path(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file the user named. Errors are `InputError`s with one-line messages."""
    p = Path(path)
    if p.is_dir():
        raise InputError("is_directory", f"{p}: is a directory (use `reelcheck batch` for folders)")
    data = read_regular(path, max_bytes)
    return from_bytes(data, name=str(p), doc_id=p.name, max_bytes=max_bytes)
