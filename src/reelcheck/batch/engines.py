"""Engines: turn a stream of items into (seq, id, stats, line) results, in input order.

`local` is a pool of spawned processes, each opening the KB once (pool initializer). Results
come back in submission order from a bounded window of chunks, so memory stays flat and the
writer sees input order. If a worker process dies (segfault, OOM kill, the CPU-time backstop
for a document stuck in C code), the pool is rebuilt and the affected documents are re-run one
at a time in a fresh single process; one that kills that process too gets a "crashed" row.

`ray` runs the same `Checker` in Ray Data actors (see ray_engine.py).
"""
from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator, Optional

import orjson

from . import work
from .stats import doc_stats

Result = tuple  # (seq, id, stats_json, line_bytes)


def chunked(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk


def pick_chunk_size(total: Optional[int], workers: int) -> int:
    """Small enough that every worker gets several chunks, big enough to amortise IPC."""
    if not total:
        return 16
    return max(1, min(32, total // (workers * 8) or 1))


class LocalEngine:
    name = "local"

    def __init__(self, workers: int, kb_path: Optional[str], options, doc_timeout: float,
                 max_bytes: int, chunk_size: int = 16):
        self.workers = max(1, workers)
        self.initargs = (kb_path, options, doc_timeout, max_bytes, True)
        self.chunk_size = chunk_size
        self.window = self.workers * 4
        self.ctx = mp.get_context("spawn")  # no fork of a parent that runs threads (progress)

    def _pool(self, n: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n, mp_context=self.ctx,
                                   initializer=work.init_worker, initargs=self.initargs)

    def run(self, items: Iterable[dict]) -> Iterator[Result]:
        pool = self._pool(self.workers)
        in_flight: deque = deque()
        chunks = chunked(items, self.chunk_size)
        exhausted = False
        try:
            while True:
                while not exhausted and len(in_flight) < self.window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    in_flight.append((chunk, pool.submit(work.check_chunk, chunk)))
                if not in_flight:
                    return
                chunk, fut = in_flight.popleft()
                try:
                    results = fut.result()
                except Exception:  # BrokenProcessPool, or a result that failed to pickle
                    pending = [chunk] + [c for c, _ in in_flight]
                    in_flight.clear()
                    pool.shutdown(wait=True, cancel_futures=True)
                    for c in pending:
                        yield from self._one_by_one(c)
                    pool = self._pool(self.workers)
                    continue
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _one_by_one(self, items: list[dict]) -> Iterator[Result]:
        """Re-run documents alone so one bad document cannot take others down with it."""
        solo = SoloWorker(self.ctx, self.initargs)
        try:
            for item in items:
                try:
                    yield solo.check(item)
                except WorkerDied as e:
                    yield died_result(item, e.exitcode, self.initargs[2])
                    solo.close()
                    solo = SoloWorker(self.ctx, self.initargs)
        finally:
            solo.close()


class WorkerDied(Exception):
    def __init__(self, exitcode: Optional[int]):
        super().__init__(f"worker exited with code {exitcode}")
        self.exitcode = exitcode


def _solo_loop(conn, initargs) -> None:
    work.init_worker(*initargs)
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        conn.send(work.check_chunk([item])[0])


class SoloWorker:
    """One worker process driven over a pipe, so the parent learns *how* it died (its exit
    code) -- a ProcessPoolExecutor only says that the pool broke."""

    def __init__(self, ctx, initargs):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_solo_loop, args=(child, initargs), daemon=True)
        self.proc.start()
        child.close()

    def check(self, item: dict) -> Result:
        self.conn.send(item)
        while not self.conn.poll(0.2):
            if not self.proc.is_alive():
                break
        try:
            if self.conn.poll(0):
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        self.proc.join(5)
        raise WorkerDied(self.proc.exitcode)

    def close(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def died_result(item: dict, exitcode: Optional[int], doc_timeout: float) -> Result:
    """The row for a document that killed its worker even when checked alone."""
    if exitcode == -signal.SIGPROF:
        d = work.error_row(item["id"], "timeout", f"{item['id']}: gave up after about "
                           f"{work.hard_limit(doc_timeout):g} s of CPU time (stuck in native code, "
                           "the worker was stopped; per-document time limit, --doc-timeout)")
    else:
        how = (f"killed by {signal.Signals(-exitcode).name}" if exitcode and exitcode < 0
               and -exitcode in signal.valid_signals() else f"exit code {exitcode}")
        d = work.error_row(item["id"], "crashed", f"{item['id']}: the worker process died "
                           f"while checking this document ({how}), also when retried alone")
    return item["seq"], item["id"], orjson.dumps(doc_stats(d)).decode(), work.dumps_line(d)
