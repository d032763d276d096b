"""Progress on stderr: a rich bar (docs/s, ETA) in a terminal, a plain line every ~5 s otherwise
(logs of an overnight run should not fill with carriage returns)."""
from __future__ import annotations

import sys
import time
from typing import Optional


class Progress:
    def __init__(self, total: Optional[int], enabled: bool = True, interval: float = 5.0,
                 stream=None):
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled
        self.interval = interval
        self.done = 0
        self.errors = 0
        self.t0 = time.monotonic()
        self._last = self.t0
        self._rich = None
        self._task = None
        if enabled and getattr(self.stream, "isatty", lambda: False)():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)
            self._rich = RichProgress(
                TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[err]} errors"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=False)
            self._rich.start()
            self._task = self._rich.add_task("batch", total=total, rate=0.0, err=0)

    def rate(self) -> float:
        dt = time.monotonic() - self.t0
        return self.done / dt if dt > 0 else 0.0

    def advance(self, n: int = 1, errors: int = 0) -> None:
        self.done += n
        self.errors += errors
        if not self.enabled:
            return
        if self._rich is not None:
            self._rich.update(self._task, advance=n, rate=self.rate(), err=self.errors)
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            of = f"/{self.total}" if self.total else ""
            eta = ""
            if self.total and self.rate() > 0:
                eta = f", ETA {max(0.0, (self.total - self.done) / self.rate()):.0f} s"
            self.stream.write(f"reelcheck batch: {self.done}{of} docs, {self.errors} errors, "
                              f"{self.rate():.1f} docs/s{eta}\n")
            self.stream.flush()

    def close(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
