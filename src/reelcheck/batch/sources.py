"""Input readers: folders, JSONL(.gz) and WARC(.gz) -> a stream of document items, in input order.

An *item* is a small picklable dict the workers turn into a report or an error row:
  {"seq", "id", "kind": "path"|"bytes"|"error", "data"?, "path"?, "fmt"?, "url"?, "title"?,
   "date"?, "error"?: {"kind", "message"}}
Problems found while reading (a malformed JSONL line, a truncated WARC record, an oversized
line) become "error" items right here, so they get their row in the output like any document and
the rest of the input is still read. Reading never raises for bad content; only a path that does
not exist is refused up front (`check_inputs`), because that is a mistake in the command line.
"""
from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import orjson

from ..ingest import MAX_BYTES

DOC_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class ReadCounts:
    """What the readers passed over without making a document of it (shown in the summary)."""
    skipped: dict = field(default_factory=dict)

    def skip(self, why: str, n: int = 1) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + n


def input_kind(path: Path) -> str:
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "file"


def check_inputs(paths: Iterable[str]) -> list[Path]:
    """The inputs as Paths; raises FileNotFoundError naming the first one that is missing."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists() and not path.is_symlink():
            raise FileNotFoundError(f"input not found: {p}")
        out.append(path)
    return out


def error_item(doc_id: str, kind: str, message: str) -> dict:
    return {"id": doc_id, "kind": "error", "error": {"kind": kind, "message": message}}


def iter_items(paths: Iterable[Path], counts: Optional[ReadCounts] = None,
               max_bytes: int = MAX_BYTES) -> Iterator[dict]:
    """Every document of every input, numbered (`seq`) in input order, with unique ids.

    An id seen before in this run gets a `#2`, `#3`... suffix so that resume (which keys on ids)
    never mistakes a second document for the first.
    """
    counts = counts if counts is not None else ReadCounts()
    seen: dict[str, int] = {}
    seq = 0
    for path in paths:
        for item in _iter_one(path, counts, max_bytes):
            n = seen.get(item["id"], 0) + 1
            seen[item["id"]] = n
            if n > 1:
                item["id"] = f"{item['id']}#{n}"
            item["seq"] = seq
            seq += 1
            yield item


def _iter_one(path: Path, counts: ReadCounts, max_bytes: int) -> Iterator[dict]:
    kind = input_kind(path)
    if kind == "folder":
        yield from iter_folder(path, counts, max_bytes)
    elif kind == "jsonl":
        yield from iter_jsonl(path, max_bytes)
    elif kind == "warc":
        yield from iter_warc(path, counts, max_bytes)
    else:
        yield {"id": str(path), "kind": "path", "path": str(path)}


def iter_folder(root: Path, counts: ReadCounts, max_bytes: int) -> Iterator[dict]:
    """Files under `root`, recursively, sorted so the order is the same on every run.

    Article files become path items (workers read them); JSONL and WARC files found inside are
    read as such; anything else is skipped and counted.
    """
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath) / name
            low = name.lower()
            if low.endswith(DOC_SUFFIXES):
                yield {"id": str(p), "kind": "path", "path": str(p)}
            elif low.endswith(JSONL_SUFFIXES):
                yield from iter_jsonl(p, max_bytes)
            elif low.endswith(WARC_SUFFIXES):
                yield from iter_warc(p, counts, max_bytes)
            else:
                counts.skip("files with other extensions")
        # Directories whose names look like documents (e.g. "notes.txt/") are walked like any
        # folder; they are not documents themselves.


def _open_maybe_gz(path: Path):
    f = open(path, "rb")
    head = f.read(2)
    f.seek(0)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f, mode="rb")
    return f


def iter_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[dict]:
    """One item per non-blank line: `id` (else "<file>:<line>"), `text` or `html`, metadata."""
    try:
        f = _open_maybe_gz(path)
    except OSError as e:
        yield error_item(str(path), "unreadable", f"{path}: cannot read ({e.strerror or e})")
        return
    lineno = 0
    with f:
        while True:
            try:
                raw = f.readline()
            except (EOFError, OSError, zlib.error) as e:
                yield error_item(f"{path}:{lineno + 1}", "truncated",
                                 f"{path}: compressed data ends early or is corrupt after line "
                                 f"{lineno} ({e}); the rest of this file was not read")
                return
            if not raw:
                return
            lineno += 1
            if not raw.strip():
                continue
            yield jsonl_item(raw, f"{path}:{lineno}", max_bytes)


def jsonl_item(raw: bytes, where: str, max_bytes: int = MAX_BYTES) -> dict:
    """One JSONL line -> item. Invalid UTF-8 inside a line is replaced (and warned about by
    ingest when it reaches the text), so one bad byte does not lose an article."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            obj = orjson.loads(raw.decode("utf-8", errors="replace"))
        except orjson.JSONDecodeError as e:
            return error_item(where, "invalid_json", f"{where}: not valid JSON ({_short(e)})")
    if not isinstance(obj, dict):
        return error_item(where, "invalid_json",
                          f"{where}: expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else where
    body, fmt = None, None
    for key in ("text", "html"):
        if isinstance(obj.get(key), str):
            body, fmt = obj[key], key
            break
    if body is None:
        return error_item(doc_id, "invalid_json",
                          f"{where}: no string 'text' or 'html' field to check")
    data = body.encode("utf-8", errors="surrogatepass")
    if len(data) > max_bytes:
        return error_item(doc_id, "too_large", f"{doc_id}: {len(data) / 1e6:.1f} MB is larger "
                          f"than the {max_bytes / 1e6:.0f} MB limit for one document")
    item = {"id": doc_id, "kind": "bytes", "data": data, "fmt": fmt}
    for key in ("url", "title", "date"):
        if isinstance(obj.get(key), str) and obj[key]:
            item[key] = obj[key]
    return item


def iter_warc(path: Path, counts: ReadCounts, max_bytes: int = MAX_BYTES) -> Iterator[dict]:
    """HTML responses of a WARC file; other records are skipped and counted.

    A record cut short (a crawl killed mid-write, a partial download) becomes a "truncated"
    error row and ends this file; the other inputs are still read.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        f = open(path, "rb")
    except OSError as e:
        yield error_item(str(path), "unreadable", f"{path}: cannot read ({e.strerror or e})")
        return
    n = 0
    with f:
        it = iter(ArchiveIterator(f))
        while True:
            where = f"{path}:record{n + 1}"
            try:
                rec = next(it)
            except StopIteration:
                return
            except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as e:
                yield error_item(where, "truncated", f"{where}: WARC record cut short or corrupt "
                                 f"({_short(e)}); the rest of this file was not read")
                return
            n += 1
            rec_id = rec.rec_headers.get_header("WARC-Record-ID")
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            doc_id = rec_id or uri or where
            if rec.rec_type != "response" or rec.http_headers is None:
                counts.skip(f"WARC {rec.rec_type} records")
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if not ctype.split(";")[0].strip() in HTML_TYPES:
                counts.skip("WARC responses that are not HTML")
                continue
            try:
                data = rec.content_stream().read(max_bytes + 1)
            except (EOFError, OSError, zlib.error, ValueError) as e:
                yield error_item(doc_id, "truncated", f"{doc_id}: WARC record cut short or "
                                 f"corrupt ({_short(e)}); the rest of this file was not read")
                return
            if len(data) > max_bytes:
                yield error_item(doc_id, "too_large", f"{doc_id}: larger than the "
                                 f"{max_bytes / 1e6:.0f} MB limit for one document")
                continue
            yield {"id": doc_id, "kind": "bytes", "data": _to_utf8(data, ctype), "fmt": "html",
                   "url": uri}


def _to_utf8(data: bytes, ctype: str) -> bytes:
    """Re-encode a page served in a declared non-UTF-8 charset, since ingest decodes UTF-8."""
    if "charset=" not in ctype:
        return data
    charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8",):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


def count_quickly(paths: Iterable[Path], limit_bytes: int = 2 << 30) -> Optional[int]:
    """Number of documents when it is cheap to know (folders, plain JSONL), for the ETA.

    None when an input is compressed or WARC (counting would mean reading it twice).
    """
    total = 0
    for path in paths:
        kind = input_kind(path)
        if kind == "file":
            total += 1
        elif kind == "folder":
            for dirpath, _, filenames in os.walk(path):
                for name in filenames:
                    low = name.lower()
                    if low.endswith(DOC_SUFFIXES):
                        total += 1
                    elif low.endswith(JSONL_SUFFIXES + WARC_SUFFIXES):
                        return None
        elif kind == "jsonl" and not path.name.lower().endswith(".gz"):
            try:
                if path.stat().st_size > limit_bytes:
                    return None
                with open(path, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                return None
        else:
            return None
    return total


def _short(e: BaseException) -> str:
    s = str(e).splitlines()[0] if str(e) else type(e).__name__
    return s[:200]
