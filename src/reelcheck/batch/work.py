"""What a worker does with one item: bytes -> Document -> check() -> one output line.

The same code runs in local pool processes and in Ray actors, so both engines write identical
lines. Nothing here may raise for a bad document: every failure becomes an error row.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path
from typing import Optional

import orjson

from ..ingest import MAX_BYTES, InputError, from_bytes, read_regular
from .stats import doc_stats


class DocTimeout(BaseException):
    """Raised by the SIGALRM handler. A BaseException so that libraries' `except Exception`
    fallbacks (trafilatura has some) cannot swallow it."""


_armed = [False]


def _on_alarm(signum, frame):
    if _armed[0]:
        # Fire again soon in case something catches even BaseException and carries on.
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        raise DocTimeout()


def can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def install_alarm(hard_kill: bool = False) -> bool:
    """Route SIGALRM to the per-document time limit. With `hard_kill`, SIGPROF keeps its
    default action (terminate) so a document stuck in C code that never returns to Python is
    still stopped, by the CPU-time backstop in `run_limited`; the local engine then retries it
    alone and records it as "crashed". Returns False where signals cannot be used (not the
    main thread), in which case documents run without a limit."""
    if not can_use_alarm():
        return False
    signal.signal(signal.SIGALRM, _on_alarm)
    if hard_kill:
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
    return True


def hard_limit(timeout: float) -> float:
    """CPU seconds after which SIGPROF ends a worker whose document ignores SIGALRM."""
    return timeout * 1.5 + 2


def run_limited(fn, timeout: float, use_alarm: bool, hard_kill: bool = False):
    if not use_alarm or not timeout or timeout <= 0:
        return fn()
    _armed[0] = True
    signal.setitimer(signal.ITIMER_REAL, timeout)
    if hard_kill:
        signal.setitimer(signal.ITIMER_PROF, hard_limit(timeout))
    try:
        return fn()
    finally:
        _armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        if hard_kill:
            signal.setitimer(signal.ITIMER_PROF, 0)


def error_row(doc_id: str, kind: str, message: str) -> dict:
    return {"id": doc_id, "error": {"kind": kind, "message": message}}


def materialize(item: dict, max_bytes: int = MAX_BYTES) -> dict:
    """A "path" item read into a "bytes" item (or an "error" item). Done in the worker for the
    local engine and in the driver for Ray (whose actors may sit on machines without the file);
    one function, so the rows are the same either way."""
    if item.get("kind") != "path":
        return item
    p = Path(item["path"])
    out = {k: v for k, v in item.items() if k not in ("path", "kind")}
    try:
        if p.is_dir():
            raise InputError("unreadable", f"{p}: is a directory, not a document")
        data = read_regular(p, max_bytes)  # a FIFO or device is refused, never waited on
    except InputError as e:
        kind = {"not_found": "unreadable", "is_directory": "unreadable"}.get(e.kind, e.kind)
        msg = e.message
        if e.kind == "not_found":
            msg = f"{p}: cannot read (missing, or a broken link)"
        return {**out, "kind": "error", "error": {"kind": kind, "message": msg}}
    except OSError as e:
        return {**out, "kind": "error", "error": {
            "kind": "unreadable", "message": f"{p}: cannot read ({e.strerror or e})"}}
    fmt = "html" if p.name.lower().endswith((".html", ".htm", ".xhtml")) else None
    return {**out, "kind": "bytes", "data": data, "fmt": fmt, "name": str(p)}


class Checker:
    """Holds the opened KB and options for one worker (process or actor) and checks items."""

    def __init__(self, kb_path: Optional[str], options=None, doc_timeout: float = 30.0,
                 max_bytes: int = MAX_BYTES, hard_kill: bool = False):
        from ..pipeline import CheckOptions, resolve_kb
        self.kb = resolve_kb(kb_path)
        self.options = options or CheckOptions()
        self.doc_timeout = doc_timeout
        self.max_bytes = max_bytes
        self.hard_kill = hard_kill
        self.use_alarm = install_alarm(hard_kill)
        self._warm_up()

    def _warm_up(self) -> None:
        """Load the parser and build the linker's tables before any document's time limit
        starts. Start-up is no document's time, and a limit that fires inside an import leaves
        half-initialised modules behind that break every later document of the worker."""
        from ..pipeline import check
        try:
            check("A worker starts. Its first film won an award in 2026.", kb=self.kb,
                  options=self.options, doc_id="warm-up")
        except Exception:  # noqa: BLE001 - each document then reports the problem in its row
            pass

    def row(self, item: dict) -> dict:
        """The output object for one item: a report dict or an error row."""
        doc_id = item["id"]
        try:
            on_main = threading.current_thread() is threading.main_thread()
            return run_limited(lambda: self._check(item), self.doc_timeout,
                               self.use_alarm and on_main, self.hard_kill)
        except DocTimeout:
            return error_row(doc_id, "timeout", f"{doc_id}: gave up after {self.doc_timeout:g} s "
                             "(per-document time limit, --doc-timeout)")
        except InputError as e:
            return error_row(doc_id, e.kind, e.message)
        except RecursionError:
            return error_row(doc_id, "internal", f"{doc_id}: document too deeply nested to "
                             "process (recursion limit)")
        except MemoryError:
            return error_row(doc_id, "internal", f"{doc_id}: out of memory")
        except Exception as e:  # a bug in a stage must cost one row, not the run
            msg = str(e).splitlines()[0][:300] if str(e) else ""
            return error_row(doc_id, "internal", f"{doc_id}: {type(e).__name__}: {msg}")

    def _check(self, item: dict) -> dict:
        from ..pipeline import check
        item = materialize(item, self.max_bytes)
        if item["kind"] == "error":
            return error_row(item["id"], item["error"]["kind"], item["error"]["message"])
        doc = from_bytes(item["data"], name=item.get("name") or item["id"], doc_id=item["id"],
                         url=item.get("url"), title=item.get("title"), date=item.get("date"),
                         fmt=item.get("fmt"), max_bytes=self.max_bytes)
        return check(doc, kb=self.kb, options=self.options).to_dict()

    def result(self, item: dict) -> tuple[int, str, str, bytes]:
        """(seq, id, stats JSON, output line) — what travels back to the writer."""
        d = self.row(item)
        return item["seq"], item["id"], orjson.dumps(doc_stats(d)).decode(), dumps_line(d)


def dumps_line(d: dict) -> bytes:
    try:
        return orjson.dumps(d) + b"\n"
    except TypeError:  # a value orjson cannot encode (exotic claim object): fall back, as text
        import json
        return json.dumps(d, ensure_ascii=False, default=str).encode("utf-8") + b"\n"


# -- process-pool plumbing (module level so it pickles) ------------------------------------
_CHECKER: Optional[Checker] = None


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker if the batch process dies (kill -9), instead of
    leaving an orphan that finishes its chunk for nobody."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def init_worker(kb_path, options, doc_timeout, max_bytes, hard_kill) -> None:
    """Pool initializer: open the KB once per worker process."""
    global _CHECKER
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _CHECKER = Checker(kb_path, options, doc_timeout, max_bytes, hard_kill)


def check_chunk(items: list[dict]) -> list[tuple[int, str, str, bytes]]:
    assert _CHECKER is not None, "init_worker did not run"
    return [_CHECKER.result(it) for it in items]
