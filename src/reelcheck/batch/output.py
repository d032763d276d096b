"""The output file and its resume log: append-only, fsynced per chunk, safe to kill -9.

Two files: OUT.jsonl (one row per written document) and OUT.jsonl.done (one JSON line per
document that was checked but not written because --only-problems filtered it out). On start,
a partial last line (the run died mid-write) is cut off both, and every id found in either is
"done": the new run skips it. Rows are written before their documents are logged as filtered,
and a chunk is fsynced before the next one starts, so a crash can only lose whole rows that
the next run then redoes; it can never leave a row written twice.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

import orjson

from .stats import doc_stats


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


def row_id(d: dict) -> Optional[str]:
    if isinstance(d.get("document"), dict):
        return d["document"].get("id")
    return d.get("id")


def load_done(out: Path, on_row: Optional[Callable[[dict], None]] = None) -> set[str]:
    """Ids already handled by an earlier run; `on_row` gets each one's stats to rebuild totals."""
    done: set[str] = set()
    for path, is_out in ((out, True), (done_path(out), False)):
        if not path.exists():
            continue
        _cut_partial_line(path)
        with open(path, "rb") as f:
            for line in f:
                if not line.strip():
                    continue
                try:
                    d = orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue  # not ours (or hand-edited); leave it, it names no id we skip
                if is_out:
                    i = row_id(d)
                    stats = doc_stats(d) if on_row else None
                else:
                    i, stats = d.get("id"), d.get("stats")
                if i is None or i in done:
                    continue
                done.add(i)
                if on_row and stats is not None:
                    on_row(stats)
    return done


class Writer:
    """Appends rows and resume-log entries; `commit()` makes everything so far durable."""

    def __init__(self, out: Path):
        self.out_path = out
        self.out = open(out, "ab")
        self.done = None  # opened on first filtered document
        self._pending_out: list[bytes] = []
        self._pending_done: list[bytes] = []

    def write_row(self, line: bytes) -> None:
        self._pending_out.append(line)

    def log_filtered(self, doc_id: str, stats: dict) -> None:
        self._pending_done.append(orjson.dumps({"id": doc_id, "stats": stats}) + b"\n")

    def commit(self) -> None:
        if self._pending_out:
            self.out.write(b"".join(self._pending_out))
            self._pending_out.clear()
            self.out.flush()
            os.fsync(self.out.fileno())
        if self._pending_done:
            if self.done is None:
                self.done = open(done_path(self.out_path), "ab")
            self.done.write(b"".join(self._pending_done))
            self._pending_done.clear()
            self.done.flush()
            os.fsync(self.done.fileno())

    def close(self) -> None:
        self.commit()
        self.out.close()
        if self.done is not None:
            self.done.close()


def check_writable(out: Path) -> None:
    """Raise OSError with a clear message if `out` cannot be appended to."""
    if out.is_dir():
        raise IsADirectoryError(f"output is a directory: {out}")
    if not out.parent.exists():
        raise FileNotFoundError(f"output folder does not exist: {out.parent}")
    try:
        with open(out, "ab"):
            pass
    except OSError as e:
        raise OSError(f"cannot write output {out}: {e.strerror or e}") from None
