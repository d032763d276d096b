"""`run_batch()`: inputs -> engine -> one output row per document, resumable, with a summary.

The order of work: refuse bad arguments before doing anything (missing input, unwritable
output); read back what an earlier run already wrote (resume); stream the remaining documents
through the engine; write rows in input order, committing (fsync) at least every second; then
print and save the summary.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Optional, Sequence

import orjson

from ..ingest import MAX_BYTES
from . import output, sources
from .progress import Progress
from .stats import Summary

COMMIT_EVERY_S = 1.0
COMMIT_EVERY_ROWS = 500


class BatchError(Exception):
    """A bad argument: the one-line message is shown to the user (exit 2)."""


def make_engine(engine: str, workers: int, kb_path: Optional[str], options, doc_timeout: float,
                max_bytes: int, ray_address: Optional[str], total: Optional[int]):
    if engine == "local":
        from .engines import LocalEngine, pick_chunk_size
        return LocalEngine(workers, kb_path, options, doc_timeout, max_bytes,
                           chunk_size=pick_chunk_size(total, workers))
    if engine == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            raise BatchError("--engine ray needs Ray: pip install 'reelcheck[ray]'") from None
        from .ray_engine import RayEngine
        return RayEngine(workers, kb_path, options, doc_timeout, max_bytes, address=ray_address)
    raise BatchError(f"unknown engine {engine!r}; choose local or ray")


def resolve_kb_path(kb) -> str:
    """A concrete KB file path, built once here (not once per worker) when it is the default,
    and opened once to prove it is a KB: a run that could only write error rows fails before
    it starts. A default-KB cache file that is damaged (a zero-byte file after a full disk) is
    deleted and rebuilt."""
    from ..kb.store import KB, KBError
    if kb is not None:
        p = Path(kb).expanduser()
        if not p.is_file():
            raise BatchError(f"KB file not found: {kb}")
        try:
            KB(p).close()
        except KBError as e:
            raise BatchError(f"cannot use KB: {e}") from None
        return str(p.resolve())
    from ..kb.default import default_kb_path
    try:
        path = default_kb_path()
    except Exception as e:  # the cache folder is not writable, a factsheet is broken...
        raise BatchError(f"cannot build the default KB: {_one_line(e)}") from None
    try:
        KB(path).close()
        return str(path)
    except KBError:
        pass
    try:  # a damaged cache file: it is ours to rebuild
        path.unlink()
        path = default_kb_path()
        KB(path).close()
    except (OSError, KBError) as e:
        raise BatchError(f"the default KB cache {path} is damaged and could not be rebuilt "
                         f"({_one_line(e)}); delete that file and run again") from None
    return str(path)


def preflight(kb_path: str, options) -> None:
    """Open what every document needs -- the trusted sources and the blocklists -- once,
    before anything is marked done; a failure is the run's one-line error."""
    from ..kb.store import KB, KBError
    from ..linkcheck.lists import load_blocklists
    from ..sources import SourcesError, open_sources
    try:
        kbo = KB(kb_path)
    except KBError as e:
        raise BatchError(f"cannot use KB: {e}") from None
    try:
        open_sources(kbo, options)
    except (SourcesError, OSError) as e:
        raise BatchError(f"cannot use trusted sources: {_one_line(e)}") from None
    except Exception as e:  # sqlite3.Error and the like from a damaged sources file
        raise BatchError(f"cannot use trusted sources: {type(e).__name__}: {_one_line(e)}") \
            from None
    finally:
        kbo.close()
    try:
        load_blocklists(list(getattr(options, "blocklists", None) or ()))
    except (ValueError, OSError) as e:
        raise BatchError(_one_line(e)) from None


def _one_line(e: BaseException) -> str:
    s = str(e).strip()
    return (s.splitlines()[0] if s else type(e).__name__)[:300]


def run_batch(inputs: Sequence[str], out: str, *, engine: str = "local",
              workers: Optional[int] = None, ray_address: Optional[str] = None, kb=None,
              options=None, only_problems: bool = False, doc_timeout: float = 30.0,
              limit: Optional[int] = None, summary_json: Optional[str] = None,
              summary_html: Optional[str] = None, progress: bool = True,
              max_bytes: int = MAX_BYTES, stderr=None) -> Summary:
    """Check every document of `inputs` into `out` (JSONL); returns the run's `Summary`."""
    stderr = stderr or sys.stderr
    if not inputs:
        raise BatchError("no input given")
    try:
        paths = sources.check_inputs(inputs)
    except (FileNotFoundError, ValueError) as e:
        raise BatchError(str(e)) from None
    out_path = Path(out)
    if out_path.resolve() in {p.resolve() for p in paths}:
        raise BatchError(f"output {out} is also an input")
    try:
        output.check_writable(out_path)
        for extra in (summary_json, summary_html):
            if extra:
                output.check_writable(Path(extra))
    except OSError as e:
        raise BatchError(str(e)) from None
    if doc_timeout is not None and doc_timeout < 0:
        raise BatchError("--doc-timeout must be >= 0 (0 = no limit)")
    if limit is not None and limit < 0:
        raise BatchError("--limit must be >= 0")
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise BatchError("--workers must be >= 1")
    kb_path = resolve_kb_path(kb)
    preflight(kb_path, options)

    summary = Summary()
    summary.engine, summary.workers = engine, workers
    try:
        resume = output.load_done(out_path, on_row=lambda s: summary.add(s, resumed=True))
    except output.ResumeError as e:
        raise BatchError(str(e)) from None
    summary.written = resume.written

    counts = sources.ReadCounts()
    items: Iterable[dict] = sources.iter_items(paths, counts, max_bytes, done=resume.done)
    if limit is not None:
        items = itertools.islice(items, limit)
    keys: dict[int, str] = {}   # seq -> key of the documents in flight

    def todo_items():
        for it in items:
            if it.get("done"):
                continue
            keys[it["seq"]] = it.pop("key")
            yield it

    todo = todo_items()
    total = sources.count_quickly(paths)
    if total is not None:
        total = max(0, (min(total, limit) if limit is not None else total) - len(resume.done))

    eng = make_engine(engine, workers, kb_path, options, doc_timeout or 0, max_bytes,
                      ray_address, total)
    bar = Progress(total, enabled=progress, stream=stderr)
    writer = output.Writer(out_path, resume.end)
    t0 = time.monotonic()
    last_commit = t0
    rows_since = 0
    try:
        for seq, doc_id, stats_json, line in eng.run(todo):
            stats = orjson.loads(stats_json)
            now = time.monotonic()
            if summary.first_result_s is None:
                summary.first_result_s = now - t0
            summary.last_result_s = now - t0
            if only_problems and not stats.get("problem"):
                writer.add(keys.pop(seq), doc_id, stats, None)
            else:
                writer.add(keys.pop(seq), doc_id, stats, line)
                summary.written += 1
            summary.add(stats)
            bar.advance(1, errors=1 if stats.get("error") else 0)
            rows_since += 1
            if rows_since >= COMMIT_EVERY_ROWS or now - last_commit >= COMMIT_EVERY_S:
                writer.commit()
                last_commit, rows_since = now, 0
    finally:
        writer.close()
        bar.close()
        summary.elapsed = time.monotonic() - t0  # up to the last row written
        summary.skipped = dict(counts.skipped)

    stderr.write(summary.text() + "\n")
    stderr.flush()
    if summary_json:
        Path(summary_json).write_bytes(
            orjson.dumps(summary.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
    if summary_html:
        from .html_summary import render_summary
        Path(summary_html).write_text(render_summary(summary, out=str(out_path)),
                                      encoding="utf-8")
    return summary

