"""Checks with a time budget that actually stops the work: worker processes killed on timeout.

Python cannot stop a running thread, so a check that overran its limit used to keep its thread
(and a CPU) busy until it finished on its own, minutes later. Here every check runs in a worker
process; when the budget runs out the worker is killed (SIGKILL: the CPU is free at once, its
memory returned) and a fresh worker takes its place. A worker whose memory grows past a cap is
killed the same way. Workers fork from one forkserver that has loaded the spaCy model and the
KB's name index (forkserver_preload.py), so those pages are shared; the cap counts a worker's
own memory (`Worker.own_mb`), not what it shares.

- `Worker`: one process that opens the KB once and runs jobs sent over a pipe.
- `Lane`: a fixed set of workers and a bounded number of waiting jobs; a job beyond that is
  refused at once with `Busy` (the server answers 503), never queued without end.
- `CheckPool`: the server's lanes: normal-sized documents and large ones (a separate, lower
  priority worker), so a few huge bodies cannot hold up everybody's ordinary article.
- `check_with_budget()`: one check in a one-off worker process (the CLI's `--doc-timeout`).

Jobs are module-level functions `fn(kb, options, *args)` (pickled by reference), so what runs in
the worker is real code, not a stand-in.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import time
import traceback
from typing import Any, Callable, Optional

from .ingest import InputError
from .model import Document, Report
from .pipeline import CheckOptions

log = logging.getLogger("reelcheck.runner")

# Imported once in the forkserver, so a replacement worker starts warm in milliseconds; the last
# loads the spaCy model there, shared by every worker (forkserver_preload.py).
PRELOAD = ["reelcheck.pipeline", "reelcheck.ingest", "reelcheck.kb.store", "reelcheck.link",
           "reelcheck.claims", "reelcheck.verify", "reelcheck.quotes", "reelcheck.linkcheck",
           "reelcheck.forkserver_preload"]
WARM_UP_TEXT = "Sean Baker directed Anora."
# The KB the forkserver warms up for its workers (forkserver_preload.py); set only while it starts.
PRELOAD_KB_ENV = "REELCHECK_FORKSERVER_KB"
STARTUP_TIMEOUT_S = 120.0


class CheckTimeout(Exception):
    """The check used up its time budget; its worker was killed."""

    def __init__(self, seconds: float):
        super().__init__(f"the check took longer than the {seconds:g} s limit")
        self.seconds = seconds


class Busy(Exception):
    """Every worker is busy and the waiting line is full."""


class WorkerFailed(Exception):
    """The worker died (crash, memory cap) or the job raised an unexpected error."""

    def __init__(self, kind: str, message: str, detail: str = ""):
        super().__init__(message)
        self.kind, self.message, self.detail = kind, message, detail


# -- jobs (run inside the worker) --------------------------------------------------------------

def check_document(kb, options: CheckOptions, doc: Document) -> Report:
    """Job: check a `Document`."""
    from .pipeline import check
    return check(doc, kb=kb, options=options)


def check_bytes(kb, options: CheckOptions, data: bytes, ingest_args: dict) -> Report:
    """Job: ingest bytes (text or HTML) and check them, all inside the budget."""
    from . import ingest
    from .pipeline import check
    return check(ingest.from_bytes(data, **ingest_args), kb=kb, options=options)


def report_json(kb, options: CheckOptions, job: Callable, *args) -> bytes:
    """Job: `job(kb, options, *args)`'s report as the API sends it (starlette's JSONResponse
    encoding), so a big report is turned into bytes where it was made and only the bytes cross
    to the server, which never holds the report's objects."""
    import json
    return json.dumps(job(kb, options, *args).to_dict(), ensure_ascii=False, allow_nan=False,
                      indent=None, separators=(",", ":")).encode("utf-8")


def _worker_main(conn, kb_path: Optional[str], options: CheckOptions, nice: int,
                 warm: bool) -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent; it ends us
    if nice:
        try:
            os.nice(nice)
        except OSError:
            pass
    if nice >= 19 and hasattr(os, "sched_setscheduler"):
        try:  # only CPU time nobody else wants
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError:
            pass
    try:
        from . import pipeline
        from .pipeline import check, resolve_kb
        # A forked child has the parent's open KBs: open its own (no SQLite handle shared
        # across fork). The parent's stay referenced, so nothing closes them from here.
        _inherited = list(pipeline._KB_CACHE.values())  # noqa: F841
        pipeline._KB_CACHE.clear()
        kb = resolve_kb(kb_path)
        if warm:  # build the linker's tables now, not on the first request
            check(WARM_UP_TEXT, kb=kb, options=options)
        conn.send(("ready", os.getpid()))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which decides
        conn.send(("error", type(e).__name__, str(e), traceback.format_exc()))
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if msg is None:
            return
        fn, args = msg
        try:
            out: tuple = ("ok", fn(kb, options, *args))
        except InputError as e:
            out = ("input", e.kind, e.message)
        except Exception as e:  # noqa: BLE001
            out = ("error", type(e).__name__, str(e), traceback.format_exc())
        try:
            conn.send(out)
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send(("error", type(e).__name__, f"could not send the result: {e}", ""))


def rss_mb(pid: int) -> float:
    """`pid`'s resident memory in MB (statm: cheap enough to read ten times a second)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def private_mb(pid: int) -> float:
    """The memory `pid` alone holds (resident, not shared with the forkserver or other
    workers: Private_Clean + Private_Dirty), in MB. 0 if it cannot be read. Exact but slow
    (the kernel walks the page tables: ~7 ms for a worker), so read once per worker."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith((b"Private_Clean:", b"Private_Dirty:")):
                    total += int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return total * 1024 / 1e6


# glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8


def limit_malloc_retention(mmap_threshold: int = 256 * 1024, arenas: int = 2) -> bool:
    """Have glibc give big buffers back to the system when they are freed, in this process
    and in processes it forks afterwards (the server, the forkserver).

    A 2 MB request body goes through several 2 MB copies; glibc raises its mmap threshold
    after the first one is freed, so the next ones come from the heap and stay resident after
    the request, once per thread's arena. A fixed threshold keeps buffers of `mmap_threshold`
    bytes or more in their own mappings (unmapped on free) and `arenas` bounds the per-thread
    heaps. False where there is no glibc (the settings are then left as they are)."""
    import ctypes
    import ctypes.util
    import platform
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, int(mmap_threshold))
                    and libc.mallopt(_M_ARENA_MAX, int(arenas)))
    except (OSError, AttributeError):
        return False


_CTX_LOCK = threading.Lock()
_CTX: dict[str, Any] = {}


def mp_context(method: str = "forkserver", kb_path: Optional[str] = None):
    """The multiprocessing context; the forkserver preloads reelcheck's modules, the spaCy
    model and, when it is started here, `kb_path`'s name index, once for all its workers."""
    with _CTX_LOCK:
        ctx = _CTX.get(method)
        if ctx is None:
            ctx = multiprocessing.get_context(method)
            if method == "forkserver":
                ctx.set_forkserver_preload(PRELOAD)
                _start_forkserver(kb_path)
            _CTX[method] = ctx
        return ctx


def _start_forkserver(kb_path: Optional[str]) -> None:
    """Start the forkserver now, with `kb_path` in its environment for forkserver_preload."""
    from multiprocessing import forkserver
    before = os.environ.get(PRELOAD_KB_ENV)
    if kb_path:
        os.environ[PRELOAD_KB_ENV] = kb_path
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            os.environ.pop(PRELOAD_KB_ENV, None)
        else:
            os.environ[PRELOAD_KB_ENV] = before


class Worker:
    """One worker process; `call()` blocks until the result, the budget or a crash."""

    def __init__(self, kb_path: Optional[str], options: CheckOptions, *, nice: int = 0,
                 warm: bool = True, max_rss_mb: Optional[float] = None,
                 method: str = "forkserver"):
        ctx = mp_context(method, kb_path)
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, kb_path, options, nice, warm),
                                daemon=True, name="reelcheck-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.max_rss_mb = max_rss_mb
        self.shared_mb = 0.0  # resident memory it shared with the forkserver when ready

    @property
    def pid(self) -> Optional[int]:
        return self.proc.pid

    def _wait_ready(self) -> None:
        if self.ready:
            return
        if not self.conn.poll(STARTUP_TIMEOUT_S):
            self.kill()
            raise WorkerFailed("internal", "a check worker did not start")
        try:
            msg = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise WorkerFailed("internal", "a check worker died while starting") from None
        if msg[0] != "ready":
            self.kill()
            raise WorkerFailed("internal", f"a check worker could not start: {msg[1]}: {msg[2]}",
                               msg[3] if len(msg) > 3 else "")
        self.ready = True
        self.shared_mb = max(0.0, rss_mb(self.proc.pid) - private_mb(self.proc.pid))

    def own_mb(self) -> float:
        """The worker's own memory: its resident memory less what it shared when it became
        ready (the model, the KB index). Memory it allocates counts in full; a shared page it
        later copies by writing to it does not (a few tens of MB at most)."""
        return max(0.0, rss_mb(self.proc.pid) - self.shared_mb)

    def call(self, fn: Callable, args: tuple, timeout: float) -> Any:
        """Run `fn(kb, options, *args)` in the worker; kill it if it overruns `timeout`."""
        self._wait_ready()  # a replacement still warming up: not part of this job's budget
        try:
            self.conn.send((fn, args))
        except (OSError, ValueError):
            self.kill()
            raise WorkerFailed("internal", "the check worker died") from None
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise CheckTimeout(timeout)
            if self.conn.poll(min(left, 0.1)):
                break
            if self.max_rss_mb and self.own_mb() > self.max_rss_mb:
                self.kill()
                raise WorkerFailed("too_large", f"the check needed more than the "
                                   f"{self.max_rss_mb:g} MB memory cap per check")
        try:
            msg = self.conn.recv()
        except (EOFError, OSError):
            code = self.proc.exitcode
            self.kill()
            raise WorkerFailed("internal", f"the check worker died (exit code {code})") from None
        if msg[0] == "ok":
            return msg[1]
        if msg[0] == "input":
            raise InputError(msg[1], msg[2])
        raise WorkerFailed("internal", f"{msg[1]}: {msg[2]}", msg[3] if len(msg) > 3 else "")

    @property
    def alive(self) -> bool:
        return self.proc.is_alive()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(10)
        self.conn.close()

    def close(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        self.kill()


class Lane:
    """`workers` processes and room for `queue_size` waiting jobs; more than that is `Busy`."""

    def __init__(self, name: str, kb_path: Optional[str], options: CheckOptions, *,
                 workers: int = 2, queue_size: int = 8, nice: int = 0,
                 max_rss_mb: Optional[float] = None):
        self.name = name
        self._spawn_args = dict(kb_path=kb_path, options=options, nice=nice,
                                max_rss_mb=max_rss_mb)
        self.capacity = workers + queue_size
        self._admitted = threading.BoundedSemaphore(self.capacity)
        self._idle: "queue.Queue[Worker]" = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # A worker left bigger than this after a job is replaced (memory back to the system);
        # an ordinary article leaves a worker at ~60 MB of its own.
        self.recycle_mb = max(100.0, max_rss_mb / 2) if max_rss_mb else None
        self.killed = 0     # workers killed for overrunning their budget
        self.in_flight = 0  # admitted jobs: running or waiting for a worker
        for _ in range(workers):
            self._idle.put(self._spawn())

    def _spawn(self) -> Worker:
        w = Worker(**self._spawn_args)
        with self._lock:
            self._all.add(w)
        return w

    def _retire(self, w: Worker) -> Worker:
        """Replace a killed or dead worker with a fresh one."""
        w.kill()
        with self._lock:
            self._all.discard(w)
        return self._spawn()

    def admit(self) -> None:
        """Take a place in line, or raise `Busy`. Pair with `run_admitted()` (which frees it)."""
        if self._closed or not self._admitted.acquire(blocking=False):
            raise Busy(f"the server is busy ({self.capacity} checks running or waiting); "
                       "try again shortly")
        with self._lock:
            self.in_flight += 1

    def run_admitted(self, fn: Callable, args: tuple, timeout: float,
                     wait: Optional[float] = None) -> Any:
        """Run a job that `admit()` let in: wait for a free worker, run, free the place."""
        try:
            try:
                w = self._idle.get(timeout=wait)
            except queue.Empty:
                raise Busy("the server is busy (no worker came free in time); "
                           "try again shortly") from None
            try:
                result = w.call(fn, args, timeout)
                if self.recycle_mb and w.own_mb() > self.recycle_mb:
                    w = self._retire(w)  # grew on a big document: give the memory back
                return result
            except (CheckTimeout, WorkerFailed) as e:
                if not w.alive or isinstance(e, CheckTimeout):
                    if isinstance(e, CheckTimeout):
                        self.killed += 1
                    w = self._retire(w)
                raise
            finally:
                if self._closed:
                    w.close()
                else:
                    self._idle.put(w)
        finally:
            with self._lock:
                self.in_flight -= 1
            self._admitted.release()

    def run(self, fn: Callable, args: tuple, timeout: float,
            wait: Optional[float] = None) -> Any:
        self.admit()
        return self.run_admitted(fn, args, timeout, wait)

    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all if w.pid]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for w in workers:
            w.close()


class CheckPool:
    """The server's workers: a lane for ordinary documents and one for large ones.

    A document of `large_bytes` or more goes to the large lane: one worker that only gets CPU
    time nobody else wants (SCHED_IDLE, else nice 19) and a short line, so a handful of huge
    bodies gets 503s and timeouts while ordinary articles keep their own workers and the CPU.
    """

    def __init__(self, kb_path: Optional[str], options: CheckOptions, *, workers: int = 2,
                 queue_size: int = 32, large_bytes: int = 128 * 1024, large_queue_size: int = 2,
                 max_rss_mb: Optional[float] = None):
        self.large_bytes = large_bytes
        self.normal = Lane("normal", kb_path, options, workers=workers, queue_size=queue_size,
                           max_rss_mb=max_rss_mb)
        self.large = Lane("large", kb_path, options, workers=1, queue_size=large_queue_size,
                          nice=19, max_rss_mb=max_rss_mb)

    def lane_for(self, size: int) -> Lane:
        return self.large if size >= self.large_bytes else self.normal

    def pids(self) -> list[int]:
        return self.normal.pids() + self.large.pids()

    def close(self) -> None:
        self.normal.close()
        self.large.close()


def check_with_budget(doc: Document, kb: Any, options: Optional[CheckOptions],
                      timeout: float) -> Report:
    """`check(doc)` in a one-off worker process, killed if it runs past `timeout` seconds.

    Raises `CheckTimeout`, or `WorkerFailed` if the worker died.
    """
    from .kb.store import KB
    from .pipeline import resolve_kb
    kbo = kb if isinstance(kb, KB) else resolve_kb(kb)  # errors about the KB, here and in one line
    w = Worker(str(kbo.path), options or CheckOptions(), warm=False, method="fork")
    try:
        return w.call(check_document, (doc,), timeout)
    finally:
        w.close()
