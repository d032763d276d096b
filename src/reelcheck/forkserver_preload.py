"""Imported once by the check workers' forkserver (`runner.PRELOAD`), never by anything else.

Loads what every worker needs before any worker is forked, so the workers share it
(copy-on-write) instead of each building a copy of its own:

- the spaCy pipeline (~120 MB per worker since the claim families read the parse);
- when the forkserver was started for a KB (`runner.PRELOAD_KB_ENV`, set by the runner only
  while it starts the forkserver), that KB's name index and the tables the first check builds
  (~40 MB with the default KB). A worker still opens the KB file itself (no SQLite handle is
  shared across fork) and finds the index in the cache by the file's path and build stamp.

Big buffers go back to the system when freed (`runner.limit_malloc_retention`). Then
`gc.freeze()` keeps all of it out of the collector's sweeps, so a worker's garbage
collections do not write to those pages (which would copy them into the worker). Anything that
fails here is left to the worker, which loads it itself and reports what is wrong.
"""
from __future__ import annotations

import gc
import os

try:
    from .runner import PRELOAD_KB_ENV, WARM_UP_TEXT, limit_malloc_retention
    limit_malloc_retention()  # inherited by every worker forked from here
    from .nlp import nlp
    nlp()(WARM_UP_TEXT)  # loaded, and its first-call tables built
    if os.environ.get(PRELOAD_KB_ENV):
        from .pipeline import check, resolve_kb
        check(WARM_UP_TEXT, kb=resolve_kb(os.environ[PRELOAD_KB_ENV]))
except Exception:  # noqa: BLE001 - a worker loads it itself and reports what is wrong
    pass
gc.freeze()
