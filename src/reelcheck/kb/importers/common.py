"""What every importer shares: input streams, run statistics, progress reporting.

Dumps are large (the Wikidata JSON dump is over 100 GB uncompressed), so inputs are read as
streams of lines and progress is measured on the bytes read from disk, which is what gives an
honest ETA for compressed files too.
"""
from __future__ import annotations

import bz2
import gzip
import io
import os
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Optional

MAX_LISTED_ERRORS = 20


class ImportError_(ValueError):
    """An input the importer cannot read at all (missing file, unknown layout): one-line error.

    A ValueError so that the CLI turns it into `reelcheck: error: ...` without a traceback.
    """


@dataclass
class ImportStats:
    """What an import did, for the CLI summary and for tests."""
    source: str
    lines: int = 0
    bytes_read: int = 0                       # uncompressed bytes of input
    entities_seen: int = 0                    # parsed records (after any prefilter)
    kept: dict = field(default_factory=dict)  # entity type -> count written
    merged: int = 0                           # records attached to an existing KB entity
    facts: int = 0
    aliases: int = 0
    skipped_conflicts: int = 0                # functional facts the base KB already answers
    skipped_values: int = 0                   # statements with values we cannot map
    malformed: int = 0
    malformed_lines: list = field(default_factory=list)  # (file, line number, message)
    passes: int = 0
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)  # phase -> seconds
    out: str = ""

    def bad_line(self, where: str, lineno: int, message: str) -> None:
        self.malformed += 1
        if len(self.malformed_lines) < MAX_LISTED_ERRORS:
            self.malformed_lines.append((where, lineno, message[:200]))

    def keep(self, etype: str) -> None:
        self.kept[etype] = self.kept.get(etype, 0) + 1

    @property
    def entities_kept(self) -> int:
        return sum(self.kept.values())

    def summary(self) -> str:
        kept = ", ".join(f"{n} {t}" for t, n in sorted(self.kept.items())) or "none"
        mb = self.bytes_read / 1e6
        rate = mb / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.source}: read {self.lines} lines ({mb:.1f} MB) in {self.seconds:.1f}s "
            f"({rate:.1f} MB/s over {self.passes} pass(es))",
            f"kept {self.entities_kept} entities ({kept}); {self.merged} merged into existing "
            f"entities; {self.facts} facts, {self.aliases} aliases",
        ]
        if self.skipped_conflicts or self.skipped_values:
            lines.append(f"skipped {self.skipped_conflicts} facts the base KB already answers, "
                         f"{self.skipped_values} values that cannot be mapped")
        if self.malformed:
            listed = "; ".join(f"{w}:{n}: {m}" for w, n, m in self.malformed_lines)
            lines.append(f"{self.malformed} malformed line(s) skipped: {listed}"
                         + (" ..." if self.malformed > len(self.malformed_lines) else ""))
        if self.out:
            lines.append(f"wrote {self.out}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {
            "entities_kept": self.entities_kept}


# -- input ---------------------------------------------------------------------------------
class CountingReader(io.RawIOBase):
    """Wraps the on-disk file so progress can be told in compressed bytes consumed."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class PipedDecompressor(io.RawIOBase):
    """Decompress in a child process (gzip/bzip2 -dc) so it runs on another core while this
    one parses. A thread feeds the child from the counted file; a corrupt or truncated input
    surfaces as `EOFError` at the end of the output, like Python's own decompressors."""

    def __init__(self, tool: str, source: CountingReader, buffer_size: int):
        import subprocess
        import threading
        self.proc = subprocess.Popen([tool, "-dc"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     bufsize=0)
        self.source = source
        self.tool = tool

        def feed() -> None:
            try:
                while chunk := source.read(buffer_size):
                    self.proc.stdin.write(chunk)
            except (BrokenPipeError, OSError, ValueError):
                pass
            finally:
                try:
                    self.proc.stdin.close()
                except OSError:
                    pass

        self.feeder = threading.Thread(target=feed, daemon=True)
        self.feeder.start()

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.proc.stdout.readinto(b)
        if not n:
            self.feeder.join()
            if self.proc.wait() != 0:
                err = self.proc.stderr.read().decode("utf-8", "replace").strip()
                raise EOFError(f"{self.tool}: {err.splitlines()[-1] if err else 'failed'}")
        return n or 0

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdout, self.proc.stderr):
            f.close()
        self.feeder.join(timeout=5)
        self.source.close()
        super().close()


def _external_tool(kind: str) -> Optional[str]:
    import shutil
    if os.environ.get("REELCHECK_NO_EXTERNAL_DECOMPRESS"):
        return None
    names = ("pigz", "gzip") if kind == "gz" else ("lbzip2", "pbzip2", "bzip2")
    for name in names:
        if found := shutil.which(name):
            return found
    return None


def open_lines(path: str | os.PathLike, buffer_size: int = 1 << 20
               ) -> tuple[BinaryIO, CountingReader, int]:
    """Open a plain, .gz or .bz2 file for line reading.

    Returns (line stream, counter of on-disk bytes read, on-disk size). The compression is told
    by magic bytes, not by the file name, so a renamed file still reads. Compressed input goes
    through an external gzip/bzip2 when one is installed (parallel to parsing), else through
    Python's own modules. A truncated or corrupt compressed stream raises `EOFError`/`OSError`
    while reading; `read_lines_safely` turns that into an ordinary end of input.
    """
    p = Path(path)
    if not p.exists():
        raise ImportError_(f"input not found: {p}")
    if p.is_dir():
        raise ImportError_(f"expected a file, got a directory: {p}")
    size = p.stat().st_size
    raw = open(p, "rb", buffering=0)
    head = raw.read(4)
    raw.seek(0)
    counter = CountingReader(raw)
    kind = "gz" if head[:2] == b"\x1f\x8b" else "bz2" if head[:3] == b"BZh" else None
    tool = _external_tool(kind) if kind else None
    if tool:
        stream: BinaryIO = io.BufferedReader(PipedDecompressor(tool, counter, buffer_size),
                                             buffer_size)
        return stream, counter, size
    buffered = io.BufferedReader(counter, buffer_size)
    if kind == "gz":
        stream = io.BufferedReader(gzip.GzipFile(fileobj=buffered), buffer_size)
    elif kind == "bz2":
        stream = io.BufferedReader(bz2.BZ2File(buffered), buffer_size)  # type: ignore[arg-type]
    else:
        stream = buffered
    return stream, counter, size


def read_lines_safely(stream: BinaryIO, on_error: Callable[[str], None]):
    """Lines of `stream`; a compressed stream that ends early or is corrupt ends the input
    (what was decompressed so far is used) and is reported once through `on_error`."""
    try:
        yield from stream
    except (EOFError, OSError, zlib.error) as e:
        on_error(f"compressed input ends early or is corrupt ({e}); using what was read")


# -- progress ------------------------------------------------------------------------------
class Progress:
    """Rate and ETA while importing: a rich bar on a terminal, plain log lines otherwise.

    `update()` is cheap to call per line: it only looks at the clock every 4096 calls.
    """

    def __init__(self, label: str, total: int, enabled: bool = True,
                 interval: float = 10.0, stream=None,
                 extra: Optional[Callable[[], str]] = None):
        self.label = label
        self.total = max(total, 1)
        self.enabled = enabled
        self.interval = interval
        self.stream = stream or sys.stderr
        self.extra = extra
        self.start = time.monotonic()
        self.last = self.start
        self.calls = 0
        self._rich = None
        if enabled and getattr(self.stream, "isatty", lambda: False)():
            from rich.progress import (BarColumn, DownloadColumn, Progress as RichProgress,
                                       TextColumn, TimeRemainingColumn, TransferSpeedColumn)
            from rich.console import Console
            self._rich = RichProgress(TextColumn("{task.description}"), BarColumn(),
                                      DownloadColumn(), TransferSpeedColumn(),
                                      TimeRemainingColumn(), transient=True,
                                      console=Console(file=self.stream))
            self._rich.start()
            self._task = self._rich.add_task(label, total=self.total)

    def update(self, done: int) -> None:
        self.calls += 1
        if not self.enabled or self.calls & 4095:
            return
        now = time.monotonic()
        if self._rich is not None:
            if now - self.last >= 0.2:
                self.last = now
                self._rich.update(self._task, completed=done)
            return
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write(self.line(done, now) + "\n")
            self.stream.flush()

    def line(self, done: int, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate > 0 else float("inf")
        pct = 100.0 * done / self.total
        extra = f", {self.extra()}" if self.extra else ""
        return (f"{self.label}: {done / 1e6:.0f}/{self.total / 1e6:.0f} MB ({pct:.0f}%), "
                f"{rate / 1e6:.1f} MB/s, ETA {_fmt_secs(eta)}{extra}")

    def close(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None


def _fmt_secs(s: float) -> str:
    if s == float("inf"):
        return "?"
    s = int(s)
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s"
