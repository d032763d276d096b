"""check() time against document size (issue 14's target: 50 KB -> 2 MB of article text, 40x the
text, costs at most 60x the time), measured in one run.

The text is made of synthetic articles from `gen_articles.py` (written for this project),
joined as paragraphs, so the larger document is not the smaller one repeated (the parse cache
would make a repeat nearly free).

    python benchmarks/bench_linear.py            # 50 KB and 2 MB
    python benchmarks/bench_linear.py --sizes 50000,200000
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_articles import article  # noqa: E402

import reelcheck  # noqa: E402
from reelcheck.pipeline import resolve_kb  # noqa: E402


def text_of(size: int, seed: int) -> str:
    rng, parts, n, i = random.Random(seed), [], 0, 0
    while n < size:
        t = article(i, rng)["text"]
        parts.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50000,2000000")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    kb = resolve_kb()
    reelcheck.check(text_of(5000, 99), kb=kb)   # warm-up: model, KB, name index
    rows = []
    for k, size in enumerate(sizes):
        text = text_of(size, k + 1)
        t0 = time.perf_counter()
        r = reelcheck.check(text, kb=kb)
        dt = time.perf_counter() - t0
        rows.append((size, dt, len(r.claims)))
        print(f"{size / 1000:9,.0f} KB  {dt:8.2f} s  {dt / size * 1e6:6.2f} µs/char  "
              f"{len(r.claims):6,} claims", flush=True)
    if len(rows) > 1:
        (s0, t0, _), (s1, t1, _) = rows[0], rows[-1]
        print(f"size x{s1 / s0:.0f}, time x{t1 / t0:.1f} (target: at most x{1.5 * s1 / s0:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
