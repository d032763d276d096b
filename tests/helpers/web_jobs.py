"""Jobs for the web app's worker processes in tests (module-level, so workers can import them).

Each is a real function run in a real worker process; they stand in for a check that is slow,
that fails, or that kills its own process, so the pool around them can be tested without timing.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from reelcheck.runner import check_bytes


def gated_check(kb, options, data: bytes, ingest_args: dict):
    """Wait until the file named on the text's first line ('GATE <path>') exists, then check."""
    first, _, rest = data.partition(b"\n")
    gate = Path(first.decode().removeprefix("GATE ").strip())
    deadline = time.monotonic() + 120
    while not gate.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return check_bytes(kb, options, rest, ingest_args)


def broken_check(kb, options, data: bytes, ingest_args: dict):
    raise RuntimeError("something inside broke")


def dying_check(kb, options, data: bytes, ingest_args: dict):
    os.kill(os.getpid(), signal.SIGKILL)


def hungry_check(kb, options, data: bytes, ingest_args: dict):
    """Hold ~1 GB of touched memory for up to a minute (the memory cap stops it first)."""
    hoard = b"x" * (1000 * 1024 * 1024)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
    return len(hoard)


def model_preloaded(kb, options):
    """Whether the spaCy model was in the worker before anything ran in it (forkserver)."""
    from reelcheck import nlp
    return nlp._NLP is not None
