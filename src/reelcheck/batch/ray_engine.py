"""The Ray engine: the same `Checker` inside Ray Data actors (one KB open per actor).

The driver reads the inputs itself (files may not exist on other nodes, so path items are read
here) and feeds them to Ray Data in chunks with `from_items`; `map_batches` runs a callable
class on a fixed-size actor pool; results come back to the driver, which restores input order
and writes, exactly like the local engine, so output and resume behave the same. Chunking keeps
the driver's memory bounded on huge crawls; the price is a new actor pool per chunk, so chunks
are large (`chunk_docs`).
"""
from __future__ import annotations

import logging
import pickle
from typing import Iterable, Iterator, Optional

import numpy as np

from . import work
from .engines import Result, chunked


class RayChecker:
    """Callable class for `map_batches`: __init__ runs once per actor and opens the KB."""

    def __init__(self, kb_path, options, doc_timeout, max_bytes):
        # `Checker.row` checks per call that it runs on the main thread (where SIGALRM can
        # interrupt it); on any other thread a document runs without the time limit.
        self.checker = work.Checker(kb_path, options, doc_timeout, max_bytes, hard_kill=False)

    def __call__(self, batch: dict) -> dict:
        out_seq, out_id, out_stats, out_line = [], [], [], []
        for blob in batch["blob"]:
            seq, doc_id, stats, line = self.checker.result(pickle.loads(bytes(blob)))
            out_seq.append(seq)
            out_id.append(doc_id)
            out_stats.append(stats)
            out_line.append(line)
        return {"seq": np.array(out_seq, dtype=np.int64),
                "id": np.array(out_id, dtype=object),
                "stats": np.array(out_stats, dtype=object),
                "line": np.array(out_line, dtype=object)}


class RayEngine:
    name = "ray"

    def __init__(self, workers: int, kb_path: Optional[str], options, doc_timeout: float,
                 max_bytes: int, address: Optional[str] = None, chunk_docs: int = 5000,
                 batch_size: int = 8):
        self.workers = max(1, workers)
        self.kb_path = kb_path
        self.options = options
        self.doc_timeout = doc_timeout
        self.max_bytes = max_bytes
        self.address = address
        self.chunk_docs = chunk_docs
        self.batch_size = batch_size
        self._started = False

    def start(self) -> None:
        import ray
        if ray.is_initialized():
            return
        for name in ("ray.data", "ray"):
            logging.getLogger(name).setLevel(logging.ERROR)
        common = dict(include_dashboard=False, logging_level=logging.ERROR,
                      log_to_driver=False, configure_logging=True)
        if self.address:
            ray.init(address=self.address, **common)
        else:
            ray.init(num_cpus=self.workers, **common)
        self._started = True
        import ray.data
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False

    def stop(self) -> None:
        import ray
        if self._started:
            ray.shutdown()
            self._started = False

    def run(self, items: Iterable[dict]) -> Iterator[Result]:
        import ray.data
        self.start()
        try:
            for chunk in chunked(items, self.chunk_docs):
                rows = [{"blob": pickle.dumps(work.materialize(it, self.max_bytes),
                                              protocol=pickle.HIGHEST_PROTOCOL)} for it in chunk]
                ds = ray.data.from_items(rows).map_batches(
                    RayChecker,
                    fn_constructor_args=(self.kb_path, self.options, self.doc_timeout,
                                         self.max_bytes),
                    # True multi-threading (with one call at a time per actor) makes Ray call the
                    # UDF on the actor's main thread instead of a helper thread: SIGALRM, and so
                    # the per-document time limit, only works there.
                    compute=ray.data.ActorPoolStrategy(size=self.workers,
                                                       enable_true_multi_threading=True),
                    batch_size=self.batch_size, batch_format="numpy", num_cpus=1)
                # Ray keeps order with preserve_order; a reorder buffer makes it certain.
                pending: dict[int, Result] = {}
                order = [it["seq"] for it in chunk]
                pos = 0
                for r in ds.iter_rows():
                    res = (int(r["seq"]), str(r["id"]), str(r["stats"]), bytes(r["line"]))
                    pending[res[0]] = res
                    while pos < len(order) and order[pos] in pending:
                        yield pending.pop(order[pos])
                        pos += 1
                if pending or pos != len(order):
                    missing = len(order) - pos
                    raise RuntimeError(f"Ray returned {missing} fewer results than documents")
        finally:
            self.stop()
