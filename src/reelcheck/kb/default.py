"""The bundled default KB: compiled from the factsheets shipped in the package, on first use.

The KB file is cached under `$REELCHECK_CACHE` (default `~/.cache/reelcheck`) and named by a hash
of the factsheets, so an upgrade that changes a factsheet builds a fresh KB and never serves a
stale one. A file lock keeps parallel workers from building it twice.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from .schema import SCHEMA_VERSION

FACTSHEETS_DIR = Path(__file__).with_name("factsheets")
COMPILER_VERSION = "1"


def cache_dir() -> Path:
    d = Path(os.environ.get("REELCHECK_CACHE") or Path.home() / ".cache" / "reelcheck")
    d.mkdir(parents=True, exist_ok=True)
    return d


def factsheets_digest() -> str:
    h = hashlib.sha256(f"{SCHEMA_VERSION}:{COMPILER_VERSION}".encode())
    for p in sorted(FACTSHEETS_DIR.rglob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    from . import factsheet, schema, store  # the compiler, vocabulary and writer shape it too
    from ..link import keys
    for mod in (schema, factsheet, store, keys):
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
                from .factsheet import compile_factsheets
                compile_factsheets([FACTSHEETS_DIR], path, name="reelcheck default KB")
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
    return path
