"""Batch throughput side by side: local engine with 1 and 2 workers, Ray with 2 actors.

Prints docs/s (steady: from the first result to the last, and wall: including pool/Ray
start-up, which is also shown) and the peak RSS of each worker process (VmHWM from /proc, polled while it runs).

    python benchmarks/bench_batch.py -n 1500            # generates the articles itself
    python benchmarks/bench_batch.py --input arts.jsonl --kb my.kb
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reelcheck.batch.run import run_batch  # noqa: E402


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _ppid(pid: int) -> int:
    stat = _read(f"/proc/{pid}/stat")
    try:
        return int(stat.rsplit(")", 1)[1].split()[1])
    except (IndexError, ValueError):
        return -1


def _hwm_kb(pid: int) -> int:
    for line in _read(f"/proc/{pid}/status").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class WorkerWatch:
    """Polls /proc for worker processes and keeps each one's peak RSS."""

    def __init__(self, engine: str):
        self.engine = engine
        self.peak: dict[int, int] = {}
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._loop, daemon=True)

    def _is_worker(self, pid: int, me: int) -> bool:
        cmd = _read(f"/proc/{pid}/cmdline").replace("\0", " ")
        if self.engine == "ray":
            return "RayChecker" in cmd or "MapWorker" in cmd
        if "resource_tracker" in cmd or "multiprocessing" not in cmd:
            return False
        p, hops = pid, 0
        while p > 1 and hops < 5:
            p = _ppid(p)
            if p == me:
                return True
            hops += 1
        return False

    def _loop(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            for name in os.listdir("/proc"):
                if name.isdigit() and int(name) != me and self._is_worker(int(name), me):
                    self.peak[int(name)] = max(self.peak.get(int(name), 0), _hwm_kb(int(name)))
            self._stop.wait(1.0)  # the machine has 2 cores: poll lightly

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def run_one(label: str, engine: str, workers: int, src: str, kb, tmp: Path) -> dict:
    out = tmp / f"{label}.jsonl"
    if out.exists():
        out.unlink()
    t0 = time.monotonic()
    with WorkerWatch(engine) as watch:
        s = run_batch([src], str(out), engine=engine, workers=workers, kb=kb, progress=False,
                      stderr=open(os.devnull, "w"))
    wall = time.monotonic() - t0
    peaks = sorted(v for v in watch.peak.values() if v)
    return {"label": label, "docs": s.documents, "errors": sum(s.errors.values()),
            "steady": s.steady_rate, "startup": s.first_result_s or 0.0,
            "wall": s.documents / wall if wall else 0.0,
            "rss_mb": [round(p / 1024) for p in peaks]}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1500, help="articles to generate (default 1500)")
    ap.add_argument("--input", help="use this JSONL instead of generating articles")
    ap.add_argument("--kb", help="KB file (default: the bundled KB)")
    ap.add_argument("--skip-ray", action="store_true")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    src = a.input
    if not src:
        import gen_articles
        src = str(tmp / "articles.jsonl")
        gen_articles.main(["-n", str(a.n), "-o", src])
    runs = [("local-1", "local", 1), ("local-2", "local", 2)]
    if not a.skip_ray:
        runs.append(("ray-2", "ray", 2))
    results = [run_one(lbl, eng, w, src, a.kb, tmp) for lbl, eng, w in runs]
    base = results[0]["steady"] or 1.0
    print(f"input: {src} ({results[0]['docs']} docs), cpus: {os.cpu_count()}")
    print(f"{'run':<9} {'docs':>6} {'errors':>6} {'docs/s':>8} {'speedup':>8} "
          f"{'start-up s':>10} {'wall docs/s':>12}  peak RSS per worker (MB)")
    for r in results:
        print(f"{r['label']:<9} {r['docs']:>6} {r['errors']:>6} {r['steady']:>8.1f} "
              f"{r['steady'] / base:>7.2f}x {r['startup']:>10.1f} {r['wall']:>12.1f}  {r['rss_mb']}")
    local = {r["label"]: r for r in results}
    if "local-2" in local:
        ratio = local["local-2"]["steady"] / base
        print(f"local 2 workers vs 1: {ratio:.2f}x (goal >= 1.8x)")


if __name__ == "__main__":
    main()
