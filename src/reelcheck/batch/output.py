"""The output file and its resume journal: append-only, fsynced per chunk, safe to kill -9.

Two files: OUT.jsonl (one row per written document) and OUT.jsonl.done, the journal: one JSON
line per document handled, written or not (--only-problems leaves clean ones out):

    {"key": "/abs/in.jsonl:12", "id": "a12", "w": 1, "end": 48213, "stats": {...}}

`key` is the input's identity and position (see sources.py), `end` the size of OUT.jsonl once
this document's row (if any) was in it. Rows are appended and fsynced first, the journal entries
after, so the journal never names a row that is not durable. On start, a partial last journal
line is cut off, and OUT.jsonl is cut back to the `end` of the last journal entry: rows a killed
run wrote but did not journal are redone, never kept twice; a row half-written is dropped.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import orjson


class ResumeError(Exception):
    """The output cannot be resumed safely (one-line message for the user)."""


def done_path(out: Path) -> Path:
    return out.with_name(out.name + ".done")


def _cut_partial_line(path: Path) -> None:
    """Truncate `path` after its last newline (a kill mid-write leaves half a line)."""
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb+") as f:
        pos = size
        block = 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            f.seek(start)
            buf = f.read(pos - start)
            i = buf.rfind(b"\n")
            if i >= 0:
                keep = start + i + 1
                break
            pos = start
        else:
            keep = 0
        if keep != size:
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())


def _truncate(path: Path, size: int) -> None:
    with open(path, "rb+") as f:
        f.truncate(size)
        f.flush()
        os.fsync(f.fileno())


def row_id(d: dict) -> Optional[str]:
    if isinstance(d.get("document"), dict):
        return d["document"].get("id")
    return d.get("id")


@dataclass
class Resume:
    """What an earlier run already did: key -> id, and how many rows it wrote."""
    done: dict = field(default_factory=dict)
    written: int = 0
    end: int = 0


def load_done(out: Path, on_row: Optional[Callable[[dict], None]] = None) -> Resume:
    """Read the journal back (calling `on_row` with each document's stats, to rebuild the run's
    totals) and make OUT.jsonl agree with it. Raises ResumeError for an output that has rows
    but no journal (not written by this version of `reelcheck batch`)."""
    res = Resume()
    jpath = done_path(out)
    out_size = out.stat().st_size if out.exists() else 0
    if not jpath.exists():
        if out_size:  # half a line from a run killed before its journal existed is no row
            _cut_partial_line(out)
            out_size = out.stat().st_size
        if out_size:
            raise ResumeError(f"{out} already has rows but no resume journal ({jpath.name}); "
                              "choose a new output file, or delete it to start over")
        return res
    _cut_partial_line(jpath)
    keep_journal = 0
    with open(jpath, "rb") as f:
        for line in f:
            try:
                d = orjson.loads(line)
                key, doc_id, end = d["key"], d["id"], int(d["end"])
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                raise ResumeError(f"{jpath}: not a reelcheck batch journal (line "
                                  f"{line[:40]!r}...); choose a new output file") from None
            if end > out_size:
                break  # the output was cut shorter than the journal says: redo from here
            keep_journal += len(line)
            res.done[key] = doc_id
            res.end = end
            if d.get("w"):
                res.written += 1
            if on_row is not None and isinstance(d.get("stats"), dict):
                on_row(d["stats"])
    if keep_journal != jpath.stat().st_size:
        _truncate(jpath, keep_journal)
    if out_size > res.end:
        _truncate(out, res.end)  # rows written but not journaled: they will be redone
    return res


class Writer:
    """Appends rows and journal entries; `commit()` makes everything so far durable."""

    def __init__(self, out: Path, end: int = 0):
        self.out_path = out
        self.journal = open(done_path(out), "ab")  # first: rows never exist without a journal
        self.out = open(out, "ab")
        self.end = max(end, self.out.seek(0, os.SEEK_END))
        self._pending_out: list[bytes] = []
        self._pending_journal: list[bytes] = []

    def add(self, key: str, doc_id: str, stats: dict, line: Optional[bytes]) -> None:
        """One handled document: its row (None when filtered out) and its journal entry."""
        if line is not None:
            self._pending_out.append(line)
            self.end += len(line)
        self._pending_journal.append(orjson.dumps(
            {"key": key, "id": doc_id, "w": int(line is not None), "end": self.end,
             "stats": stats}) + b"\n")

    def commit(self) -> None:
        if self._pending_out:
            self.out.write(b"".join(self._pending_out))
            self._pending_out.clear()
            self.out.flush()
            os.fsync(self.out.fileno())
        if self._pending_journal:
            self.journal.write(b"".join(self._pending_journal))
            self._pending_journal.clear()
            self.journal.flush()
            os.fsync(self.journal.fileno())

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.out.close()
            self.journal.close()


def check_writable(out: Path) -> None:
    """Raise OSError with a clear message if `out` cannot be appended to."""
    if out.is_dir():
        raise IsADirectoryError(f"output is a directory: {out}")
    if not out.parent.exists():
        raise FileNotFoundError(f"output folder does not exist: {out.parent}")
    if out.exists() and not out.is_file():
        raise OSError(f"output is not a regular file: {out}")
    try:
        with open(out, "ab"):
            pass
    except OSError as e:
        raise OSError(f"cannot write output {out}: {e.strerror or e}") from None
