"""Input readers: folders, JSONL(.gz) and WARC(.gz) -> a stream of document items, in input order.

An *item* is a small picklable dict the workers turn into a report or an error row:
  {"seq", "id", "kind": "path"|"bytes"|"error", "data"?, "path"?, "fmt"?, "url"?, "title"?,
   "date"?, "error"?: {"kind", "message"}}
Problems found while reading (a malformed JSONL line, a truncated WARC record, an oversized
line) become "error" items right here, so they get their row in the output like any document and
the rest of the input is still read. Reading never raises for bad content; only a path that does
not exist, or is not a regular file or folder (a FIFO, /dev/zero), is refused up front
(`check_inputs`), because that is a mistake in the command line.

Every item also carries a `key`: the input's identity and position -- the canonical (resolved)
path of the file plus the line or record number ("/abs/in.jsonl:12", "/abs/c.warc.gz:record3",
"/abs/folder/a.txt"). Resume keys on it, never on ids, so documents with equal ids, or the same
folder named once relative and once absolute, are each checked exactly once.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import orjson

from ..ingest import MAX_BYTES, InputError, open_regular

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
    """The inputs as Paths; raises FileNotFoundError naming the first one that is missing and
    ValueError for one that is neither a regular file nor a folder (a FIFO would hang the run,
    /dev/zero would never end)."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists() and not path.is_symlink():
            if "://" in str(p):   # a web address: never fetched
                raise FileNotFoundError(f"input not found: {p} (reelcheck does not fetch web "
                                        "pages; save them as files, JSONL or WARC)")
            raise FileNotFoundError(f"input not found: {p}")
        try:
            mode = path.stat().st_mode
        except OSError as e:
            raise FileNotFoundError(f"input not readable: {p} ({e.strerror or e})") from None
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise ValueError(f"input is not a regular file or folder (a pipe, device or "
                             f"socket): {p}")
        out.append(path)
    return out


def canonical(path: Path) -> str:
    """The input's identity: its absolute path with symlinks and `..` resolved."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def error_item(doc_id: str, kind: str, message: str, key: Optional[str] = None) -> dict:
    item = {"id": doc_id, "kind": "error", "error": {"kind": kind, "message": message}}
    if key is not None:
        item["key"] = key
    return item


def unique_id(doc_id: str, taken, next_n: Optional[dict] = None) -> str:
    """`doc_id`, or `doc_id#2`, `doc_id#3`... -- the first one not in `taken`. `next_n`
    remembers where the search for each id stopped, so a million documents with the same id
    cost linear time, not quadratic."""
    if doc_id not in taken:
        return doc_id
    n = next_n.get(doc_id, 2) if next_n is not None else 2
    while f"{doc_id}#{n}" in taken:
        n += 1
    if next_n is not None:
        next_n[doc_id] = n + 1
    return f"{doc_id}#{n}"


def iter_items(paths: Iterable[Path], counts: Optional[ReadCounts] = None,
               max_bytes: int = MAX_BYTES, done: Optional[dict] = None) -> Iterator[dict]:
    """Every document of every input, numbered (`seq`) in input order, with unique ids.

    `done` maps keys an earlier run handled to the id it gave them: those items keep that id
    and are marked `"done": True` (the caller skips them). Every other item gets its own id,
    or `id#2`, `id#3`... when that id is already taken by an earlier document of this run or of
    an earlier run, so two rows never carry the same id. A document reached twice in one run
    (a folder and a file inside it both named) is read once and counted as skipped.
    """
    counts = counts if counts is not None else ReadCounts()
    done = done or {}
    taken: set[str] = set(done.values())
    next_n: dict[str, int] = {}
    seen_keys: set[str] = set()
    seq = 0
    for path in paths:
        for item in _iter_one(path, counts, max_bytes):
            key = item["key"]
            if key in seen_keys:
                counts.skip("documents named twice in the inputs")
                continue
            seen_keys.add(key)
            if key in done:
                item["id"] = done[key]
                item["done"] = True
            else:
                item["id"] = unique_id(item["id"], taken, next_n)
                taken.add(item["id"])
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
        yield {"id": str(path), "kind": "path", "path": str(path), "key": canonical(path)}


def iter_folder(root: Path, counts: ReadCounts, max_bytes: int) -> Iterator[dict]:
    """Files under `root`, recursively, sorted so the order is the same on every run.

    Article files become path items (workers read them); JSONL and WARC files found inside are
    read as such; anything else is skipped and counted. A sub-folder that cannot be listed gets
    an error row. Symlinked folders are not followed (no loops).
    """
    root_key = canonical(root)
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append):
        while failed:
            e = failed.pop(0)
            where = e.filename or dirpath
            rel = os.path.relpath(where, root)
            yield error_item(str(where), "unreadable",
                             f"{where}: cannot list folder ({e.strerror or e})",
                             key=os.path.normpath(os.path.join(root_key, rel)) + "/")
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            p = Path(dirpath) / name
            low = name.lower()
            if low.endswith(DOC_SUFFIXES):
                key = os.path.normpath(os.path.join(root_key, rel_dir, name))
                yield {"id": str(p), "kind": "path", "path": str(p), "key": key}
            elif low.endswith(JSONL_SUFFIXES):
                yield from iter_jsonl(p, max_bytes)
            elif low.endswith(WARC_SUFFIXES):
                yield from iter_warc(p, counts, max_bytes)
            else:
                counts.skip("files with other extensions")
        # Directories whose names look like documents (e.g. "notes.txt/") are walked like any
        # folder; they are not documents themselves.
    for e in failed:  # the root itself could not be listed
        yield error_item(str(root), "unreadable", f"{root}: cannot list folder "
                         f"({e.strerror or e})", key=root_key + "/")


def _open_maybe_gz(path: Path):
    f = open_regular(path)
    head = f.read(2)
    f.seek(0)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f, mode="rb")
    return f


def _line_limit(max_bytes: int) -> int:
    """Longest JSONL line read: a document at the limit, JSON-escaped (\\uXXXX is 6 bytes for
    a 3-byte character), plus room for the other fields. Memory per line stays bounded."""
    return 2 * max_bytes + 64 * 1024


def iter_jsonl(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[dict]:
    """One item per line: `id` (else "<file>:<line>"), `text` or `html`, metadata.

    Every line is a record and gets a row: a blank line an "empty" error row, a line too long
    to read a "too_large" one, and a compressed file cut short a "truncated" one (the rest of
    that file cannot be read). An empty file gets one "empty" row, so no input vanishes.
    """
    key = canonical(path)
    try:
        f = _open_maybe_gz(path)
    except InputError as e:
        yield error_item(str(path), "unreadable", e.message, key=f"{key}:0")
        return
    except OSError as e:
        yield error_item(str(path), "unreadable", f"{path}: cannot read ({e.strerror or e})",
                         key=f"{key}:0")
        return
    limit = _line_limit(max_bytes)
    lineno = 0
    with f:
        while True:
            where = f"{path}:{lineno + 1}"
            try:
                raw = f.readline(limit)
                too_long = len(raw) >= limit and not raw.endswith(b"\n")
                while too_long:  # skip the rest of the line without holding it
                    more = f.readline(limit)
                    if not more or more.endswith(b"\n"):
                        break
            except Exception as e:  # EOFError, zlib.error, BadGzipFile, OSError...
                yield error_item(where, "truncated",
                                 f"{path}: compressed data ends early or is corrupt after line "
                                 f"{lineno} ({_short(e)}); the rest of this file was not read",
                                 key=f"{key}:{lineno + 1}")
                return
            if not raw:
                if lineno == 0:
                    yield error_item(str(path), "empty", f"{path}: empty file (no documents)",
                                     key=f"{key}:0")
                return
            lineno += 1
            if too_long:
                yield error_item(where, "too_large", f"{where}: line longer than "
                                 f"{limit / 1e6:.0f} MB (larger than the {max_bytes / 1e6:.0f} "
                                 "MB limit for one document)", key=f"{key}:{lineno}")
                continue
            if not raw.strip():
                yield error_item(where, "empty", f"{where}: blank line (no document)",
                                 key=f"{key}:{lineno}")
                continue
            item = jsonl_item(raw, where, max_bytes)
            item["key"] = f"{key}:{lineno}"
            yield item


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

    A record cut short (a crawl killed mid-write, a partial download), a file that ends inside
    a record header or a gzip member, or bytes that are no WARC at all become one "truncated"
    error row and end this file; the other inputs are still read. An empty file gets one
    "empty" row.
    """
    from warcio.archiveiterator import ArchiveIterator

    key = canonical(path)
    try:
        f = open_regular(path)
    except InputError as e:
        yield error_item(str(path), "unreadable", e.message, key=f"{key}:record0")
        return
    n = 0
    with f:
        size = os.fstat(f.fileno()).st_size
        if size == 0:
            yield error_item(str(path), "empty", f"{path}: empty file (no WARC records)",
                             key=f"{key}:record0")
            return
        archive = ArchiveIterator(f)
        it = iter(archive)

        def cut(e: Optional[BaseException]) -> dict:
            where = f"{path}:record{n + 1}"
            why = f" ({_short(e)})" if e is not None else ""
            return error_item(where, "truncated", f"{where}: WARC record cut short or corrupt"
                              f"{why}; the rest of this file was not read",
                              key=f"{key}:record{n + 1}")

        while True:
            try:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio's own warnings
                    rec = next(it)
            except StopIteration:
                break
            except Exception as e:  # ArchiveLoadFailed, EOFError, zlib.error, warcio bugs
                yield cut(e)
                return
            try:
                item = _warc_item(rec, path, n + 1, counts, max_bytes)
                with contextlib.redirect_stderr(io.StringIO()):
                    archive.read_to_end()  # the rest of the record, so its length can be checked
                complete = _record_complete(archive, rec)
            except Exception as e:
                yield cut(e)
                return
            if not complete:
                yield cut(None)
                return
            n += 1
            if item is not None:
                item["key"] = f"{key}:record{n}"
                yield item
        # warcio ends quietly on a header or gzip member cut short: what follows the last
        # whole record must be nothing but the blank lines between records.
        end = archive.offset if n else 0
        if _trailing_junk(f, end, size) or (n and not _ends_like_warc(f, size)):
            yield cut(None)


def _record_complete(archive, rec) -> bool:
    """All of the record's Content-Length was there, and (gzip) its member ended properly."""
    limit = getattr(rec.raw_stream, "limit", None)
    if limit is None or limit > 0:
        return False  # no length: the record header itself was cut
    dec = getattr(getattr(archive, "reader", None), "decompressor", None)
    return dec is None or bool(getattr(dec, "eof", True))


def _ends_like_warc(f, size: int) -> bool:
    """A gzip WARC is checked member by member; an uncompressed one must end with the blank
    line that closes every record (a cut inside the last record's headers leaves no other
    trace)."""
    try:
        f.seek(0)
        if f.read(2) == b"\x1f\x8b":
            return True
        f.seek(max(0, size - 4))
        tail = f.read(4)
        return tail == b"\r\n\r\n" or tail.endswith(b"\n\n")
    except (OSError, ValueError):
        return False


def _trailing_junk(f, end: int, size: int) -> bool:
    if end >= size:
        return False
    if size - end > 64 * 1024:
        return True
    try:
        f.seek(end)
        return bool(f.read(size - end).strip())
    except (OSError, ValueError):
        return True


def _warc_item(rec, path: Path, n: int, counts: ReadCounts, max_bytes: int) -> Optional[dict]:
    """The item for one whole WARC record, or None when it is not an HTML response."""
    rec_id = rec.rec_headers.get_header("WARC-Record-ID")
    uri = rec.rec_headers.get_header("WARC-Target-URI")
    doc_id = rec_id or uri or f"{path}:record{n}"
    if rec.rec_type != "response" or rec.http_headers is None:
        counts.skip(f"WARC {rec.rec_type} records")
        return None
    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.split(";")[0].strip() in HTML_TYPES:
        counts.skip("WARC responses that are not HTML")
        return None
    data = rec.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return error_item(doc_id, "too_large", f"{doc_id}: larger than the "
                          f"{max_bytes / 1e6:.0f} MB limit for one document")
    return {"id": doc_id, "kind": "bytes", "data": _to_utf8(data, ctype), "fmt": "html",
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
                    lines = 0
                    last = b"\n"
                    for block in iter(lambda: f.read(1 << 20), b""):
                        lines += block.count(b"\n")
                        last = block[-1:]
                    total += max(1, lines + (last != b"\n"))
            except OSError:
                return None
        else:
            return None
    return total


def _short(e: BaseException) -> str:
    s = str(e).splitlines()[0] if str(e) else type(e).__name__
    return s[:200]
