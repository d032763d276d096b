"""The bundled default KB: compiled from the factsheets shipped in the package, on first use.

The factsheets are compiled together with the Oscar record (kb/data/oscars.tsv.gz, see
kb/oscars.py). The KB file is cached under `$REELCHECK_CACHE` (default `~/.cache/reelcheck`) and
named by a hash of the factsheets, the data file and the code that compiles them, so an upgrade
that changes any of them builds a fresh KB and never serves a stale one. A file lock keeps
parallel workers from building it twice. The build takes a few seconds; on a terminal it shows a
progress bar.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import sys
from pathlib import Path

from .schema import SCHEMA_VERSION

FACTSHEETS_DIR = Path(__file__).with_name("factsheets")
COMPILER_VERSION = "2"


def cache_dir() -> Path:
    d = Path(os.environ.get("REELCHECK_CACHE") or Path.home() / ".cache" / "reelcheck")
    d.mkdir(parents=True, exist_ok=True)
    return d


def factsheets_digest() -> str:
    h = hashlib.sha256(f"{SCHEMA_VERSION}:{COMPILER_VERSION}".encode())
    for p in sorted(FACTSHEETS_DIR.rglob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    from . import oscars
    h.update(oscars.DATA_FILE.read_bytes())
    from . import factsheet, schema, store  # the compiler, vocabulary and writer shape it too
    from ..link import fold, keys, variants
    for mod in (schema, factsheet, store, oscars, keys, fold, variants):
        h.update(Path(mod.__file__).read_bytes())
    return h.hexdigest()[:16]


def default_kb_path() -> Path:
    """Path of the default KB, compiling it first if this version has not been built yet."""
    path = cache_dir() / f"default-{factsheets_digest()}.sqlite"
    if path.exists():
        return path
    lock = path.with_suffix(".lock")
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            if not path.exists():
                build_default_kb(path)
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
    return path


def build_default_kb(path: Path, show_progress: bool | None = None):
    """Compile the bundled factsheets and the Oscar record into `path`; a progress bar on a
    terminal (stderr), nothing otherwise."""
    from .factsheet import compile_factsheets
    from .oscars import DATA_FILE
    if show_progress is None:
        show_progress = sys.stderr.isatty()
    if not show_progress:
        return compile_factsheets([FACTSHEETS_DIR], path, name="reelcheck default KB",
                                  oscars=DATA_FILE)
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    steps = ["reading factsheets", "factsheets", "Oscar record", "writing", "indexing"]
    with Progress(TextColumn("building the default KB: {task.description}"), BarColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(steps[0], total=len(steps))

        def step(what: str) -> None:
            done = steps.index(what) if what in steps else 0
            bar.update(task, description=what, completed=done)
        stats = compile_factsheets([FACTSHEETS_DIR], path, name="reelcheck default KB",
                                   oscars=DATA_FILE, progress=step)
        bar.update(task, completed=len(steps))
    return stats
