"""Wikidata import throughput: MB/s of uncompressed JSON on one core, and where the time goes.

    python benchmarks/bench_import.py --entities 100000 [--gzip] [--workdir DIR]
    python benchmarks/bench_import.py --dump latest-all.json.gz

Without --dump a synthetic dump is generated (benchmarks/gen_wikidata_dump.py). Prints the
cost of each stage on its own (reading lines, gzip decompression, the byte prefilter, a full
JSON parse of every line for comparison) and then the real import (passes, SQLite inserts,
index build and commit), each import in a fresh subprocess so its peak memory is its own.
The import itself is single-threaded: MB/s here is per core.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _peak import PEAK_MB_SRC  # noqa: E402

import orjson

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from reelcheck.kb.importers.wikidata import _PASS1_RE, iter_entity_lines, p31_region  # noqa


def peak_mb():
    """Peak RSS of this process since exec (VmHWM; ru_maxrss would include the parent's
    memory at fork time)."""
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def read_lines(path: Path) -> int:
    n = 0
    for _lineno, _line in iter_entity_lines(path, None, None, []):
        n += 1
    return n


def prefilter_only(path: Path) -> int:
    hits = 0
    for _lineno, line in iter_entity_lines(path, None, None, []):
        region = p31_region(line)
        if _PASS1_RE.search(region):
            hits += 1
    return hits


def parse_all(path: Path) -> int:
    n = 0
    for _lineno, line in iter_entity_lines(path, None, None, []):
        orjson.loads(line)
        n += 1
    return n


_IMPORT = """
import json, sys, time
""" + PEAK_MB_SRC + """from reelcheck.kb.importers import import_wikidata
t = time.perf_counter()
s = import_wikidata(sys.argv[1], sys.argv[2], progress=False)
print(json.dumps({"seconds": time.perf_counter() - t, "timings": s.timings, "kept": s.kept,
                  "facts": s.facts, "aliases": s.aliases, "malformed": s.malformed,
                  "passes": s.passes,
                  "peak_rss_mb": peak_mb()}))
"""


def run_import(dump: Path, out: Path) -> dict:
    env_path = str(HERE.parent / "src")
    res = subprocess.run([sys.executable, "-c", _IMPORT, str(dump), str(out)],
                         capture_output=True, text=True,
                         env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
    if res.returncode != 0:
        raise SystemExit(f"import failed: {res.stderr.strip().splitlines()[-1:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="an existing dump (.json/.json.gz/.json.bz2)")
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--gzip", action="store_true", help="also time a .json.gz of the dump")
    ap.add_argument("--workdir", default=None)
    a = ap.parse_args(argv)
    work = Path(a.workdir or tempfile.mkdtemp(prefix="reelcheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.dump:
        dump = Path(a.dump)
    else:
        dump = work / f"synthetic-{a.entities}.json"
        if not dump.exists():
            subprocess.run([sys.executable, str(HERE / "gen_wikidata_dump.py"), str(dump),
                            "--entities", str(a.entities)], check=True)
    gz = None
    if a.gzip and dump.suffix == ".json":
        gz = dump.with_suffix(".json.gz")
        if not gz.exists():
            with open(dump, "rb") as src, gzip.open(gz, "wb", compresslevel=6) as dst:
                while chunk := src.read(1 << 22):
                    dst.write(chunk)

    plain = dump if dump.suffix == ".json" else None
    print(f"dump: {dump} ({dump.stat().st_size / 1e6:.1f} MB on disk)")
    if plain is not None:
        size_mb = plain.stat().st_size / 1e6
    else:   # uncompressed size of a compressed dump: count it once
        size_mb = sum(len(l) + 2 for _, l in iter_entity_lines(dump, None, None, [])) / 1e6
    print(f"uncompressed JSON: {size_mb:.1f} MB\n")

    rows = []
    if plain is not None:
        t, n = timed(lambda: read_lines(plain))
        rows.append(("read lines (plain file)", t))
        t, hits = timed(lambda: prefilter_only(plain))
        rows.append((f"read + P31 byte prefilter ({hits} of {n} lines pass)", t))
        t, _ = timed(lambda: parse_all(plain))
        rows.append(("read + orjson.loads of EVERY line (no prefilter)", t))
    if gz is not None or plain is None:
        src = gz or dump
        t, _ = timed(lambda: read_lines(src))
        rows.append((f"read lines through decompression ({src.suffix})", t))
    print(f"{'stage (one pass, one core)':58s} {'s':>7s} {'MB/s':>8s}")
    for name, t in rows:
        print(f"{name:58s} {t:7.2f} {size_mb / t:8.1f}")

    for label, src in (("plain", plain), ("gzip", gz), ("given", None if plain else dump)):
        if src is None:
            continue
        r = run_import(src, work / f"import-{label}.kb")
        secs = r["seconds"]
        print(f"\nfull import ({label}): {secs:.2f}s = {size_mb / secs:.1f} MB/s of uncompressed "
              f"JSON over {r['passes']} passes; peak RSS {r['peak_rss_mb']:.0f} MB")
        print(f"  kept {sum(r['kept'].values())} entities {r['kept']}, {r['facts']} facts, "
              f"{r['aliases']} aliases, {r['malformed']} malformed")
        for k, v in r["timings"].items():
            extra = f" ({size_mb / v:.0f} MB/s)" if k.startswith("pass") and v > 0.01 else ""
            print(f"  {k:34s} {v:7.2f}s{extra}")
    print(f"\nbenchmark process peak RSS: "
          f"{peak_mb():.0f} MB; workdir {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
