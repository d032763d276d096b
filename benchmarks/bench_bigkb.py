"""Check latency with the default KB vs a big (millions of facts) KB, and peak memory.

    python benchmarks/bench_bigkb.py --facts 10000000 [--workdir DIR] [--articles GLOB]

The big KB is the default KB extended (same KB writer as the importers, same merge rules) with
synthetic imported films and people: invented titles and names, ~15 facts per film (crew,
cast with characters, runtime, dates, companies), ~2 per person, so its size and name count
resemble a Wikidata film-domain import. The same articles (the dev set by default) are then
checked with each KB, each in a fresh subprocess: first check (opens the KB and builds the
name index) and warm per-article latency, and the subprocess's peak RSS.
"""
from __future__ import annotations

import argparse
import glob
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _peak import PEAK_MB_SRC  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

SYL = ["ka", "lo", "mi", "ra", "ve", "sto", "len", "dor", "bra", "nis", "tha", "qua", "zel",
       "mar", "ion", "ute", "fen", "gar", "hol", "kri", "per", "sal", "tov", "yen", "wex",
       "bel", "cor", "dru", "esk", "fal", "gim", "hus", "jor", "lum", "nev", "orr", "pim"]
WORDS = ["Silent", "Harbour", "Night", "Glass", "River", "Winter", "Last", "Garden", "Iron",
         "Letter", "Summer", "Echo", "Paper", "Crown", "Ashes", "Lantern", "Salt", "Road",
         "Mirror", "Island", "Storm", "Velvet", "Hunter", "Orchard", "Signal", "Tide", "Stone",
         "House", "Dance", "Fire", "Blue", "Shadow", "Morning", "City", "Dream", "Wolf",
         "Journey", "Heart", "Secret", "Promise", "Empire", "Return", "Highway", "Angel"]


def build_big_kb(out: Path, base: Path, facts_target: int, seed: int = 11) -> dict:
    from reelcheck.kb.importers.bulk import BulkKBWriter
    r = random.Random(seed)
    n_films = max(1, int(facts_target / 18.5))
    n_people = int(n_films * 1.6)
    w = BulkKBWriter(out, name="big synthetic KB", base=base, source="wikidata", prefix="wd:")
    t0 = time.monotonic()

    def name() -> str:
        return " ".join("".join(r.choice(SYL) for _ in range(r.randint(2, 3))).title()
                        for _ in range(2))

    try:
        qn = 50_000_000
        people = []
        for _ in range(n_people):
            qn += 1
            pid = f"wd:Q{qn}"
            people.append(pid)
            w.put_entity(pid, "person", name(), "", None, (), [("wikidata", f"Q{qn}")])
            w.put_fact(f"{pid}:dob", pid, "date_of_birth",
                       f"{r.randint(1900, 2005):04d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                       "date", precision="day", sources=[f"wikidata:Q{qn}"])
            w.put_fact(f"{pid}:pob", pid, "place_of_birth", "wd:Q90", "entity",
                       sources=[f"wikidata:Q{qn}"])
        for _ in range(n_films):
            qn += 1
            fid = f"wd:Q{qn}"
            src = [f"wikidata:Q{qn}"]
            title = ("The " if r.random() < 0.5 else "") + " ".join(r.sample(WORDS, r.randint(1, 3)))
            year = r.randint(1920, 2025)
            w.put_entity(fid, "film", title, f"{year} film", year, (), [("wikidata", f"Q{qn}")])
            facts = [("runtime", r.randint(70, 180), "quantity", None, "minute", {}),
                     ("release_date", f"{year:04d}", "date", "year", None, {}),
                     ("release_date", f"{year:04d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                      "date", "day", None, {"country": "wd:Q30"}),
                     ("production_company", "wd:Q1", "entity", None, None, {}),
                     ("country_of_origin", "wd:Q30", "entity", None, None, {}),
                     ("original_language", "wd:Q1860", "entity", None, None, {})]
            for pred in ("director", "screenwriter", "producer", "composer", "film_editor",
                         "director_of_photography"):
                facts.append((pred, r.choice(people), "entity", None, None, {}))
            for i in range(r.randint(4, 8)):
                facts.append(("cast_member", r.choice(people), "entity", None, None,
                              {"character": name()} if i < 3 else {}))
            for i, (pred, value, vt, prec, unit, quals) in enumerate(facts):
                w.put_fact(f"{fid}:{i}", fid, pred, value, vt, prec, unit, quals, src)
        w.finish()
        n = w.n_facts
        w.commit()
    except BaseException:
        w.abort()
        raise
    return {"films": n_films, "people": n_people, "facts_added": n,
            "seconds": time.monotonic() - t0}


_CHECK = """
import json, statistics, sys, time
""" + PEAK_MB_SRC + """from pathlib import Path
t0 = time.perf_counter()
import reelcheck
from reelcheck.pipeline import resolve_kb
kb = resolve_kb(sys.argv[1] or None)
texts = [Path(p).read_text(encoding="utf-8") for p in json.loads(sys.argv[2])]
t1 = time.perf_counter()
errors = []
def run(t):
    try:
        return reelcheck.check(t, kb=kb)
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
first = time.perf_counter(); rep = run(texts[0]); first = time.perf_counter() - first
rss_after_first = peak_mb()
if sys.argv[4] == "1":   # what the linker could do: keep its index out of GC traversals
    import gc
    gc.collect()
    gc.freeze()
per = []
summary = {"claims": 0, "names": 0}
for _ in range(int(sys.argv[3])):
    for t in texts:
        s = time.perf_counter(); rep = run(t); per.append(time.perf_counter() - s)
        if rep is not None and _ == 0:
            summary["claims"] += len(rep.claims); summary["names"] += len(rep.names)
# the first round meets cold caches (SQLite pages, the linker's per-name caches): apart
r1 = per[:len(texts)]
from reelcheck.link import link_names
from reelcheck.model import Document
link = []
for t in texts:   # name linking alone, warm
    s = time.perf_counter(); link_names(Document("bench", t), kb); link.append(time.perf_counter() - s)
print(json.dumps({"open_kb_s": t1 - t0, "first_check_s": first,
                  "round1_median_ms": 1000 * statistics.median(r1),
                  "round1_mean_ms": 1000 * statistics.mean(r1),
                  "link_warm_median_ms": 1000 * statistics.median(link),
                  "link_warm_mean_ms": 1000 * statistics.mean(link),
                  "median_ms": 1000 * statistics.median(per), "mean_ms": 1000 * statistics.mean(per),
                  "p90_ms": 1000 * sorted(per)[int(0.9 * (len(per) - 1))],
                  "peak_rss_mb": peak_mb(),
                  "rss_after_first_mb": rss_after_first, "errors": errors[:3],
                  "n_errors": len(errors), **summary}))
"""


def run_checks(kb: str, articles: list[str], rounds: int, gc_freeze: bool = False,
               backend: str = "auto") -> dict:
    res = subprocess.run([sys.executable, "-c", _CHECK, kb, json.dumps(articles), str(rounds),
                          "1" if gc_freeze else "0"],
                         capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                              "HOME": str(Path.home()), "REELCHECK_LINK_BACKEND": backend})
    if res.returncode != 0:
        return {"failed": (res.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=10_000_000)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--articles", default=str(ROOT / "devset" / "articles" / "*.txt"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reuse", action="store_true", help="reuse an existing big KB in workdir")
    ap.add_argument("--gc-freeze", action="store_true",
                    help="gc.freeze() after the first check (shows the cost of GC traversals)")
    ap.add_argument("--backend", choices=("auto", "memory", "sqlite"), default="auto",
                    help="name-linker backend for both runs (auto: memory for the default KB, "
                         "sqlite above 200k aliases)")
    a = ap.parse_args(argv)
    from reelcheck.kb.default import default_kb_path
    from reelcheck.kb.store import KB
    work = Path(a.workdir or tempfile.mkdtemp(prefix="reelcheck-bigkb-"))
    work.mkdir(parents=True, exist_ok=True)
    default = default_kb_path()
    big = work / f"big-{a.facts}.kb"
    if not (a.reuse and big.exists()):
        info = build_big_kb(big, default, a.facts)
        print(f"built {big}: +{info['films']} films, +{info['people']} people, "
              f"+{info['facts_added']} facts in {info['seconds']:.0f}s")
    for label, p in (("default", default), ("big", big)):
        s = KB(p).stats()
        print(f"{label:8s} KB: {s['entities']} entities, {s['facts']} facts, {s['aliases']} "
              f"aliases, {p.stat().st_size / 1e6:.0f} MB")
    articles = sorted(glob.glob(a.articles))
    words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in articles)
    print(f"articles: {len(articles)} ({words} words), {a.rounds} rounds each\n")
    print(f"linker backend: {a.backend}")
    results = {label: run_checks(str(p), articles, a.rounds, a.gc_freeze, a.backend)
               for label, p in (("default", default), ("big", big))}
    keys = ("open_kb_s", "first_check_s", "round1_median_ms", "round1_mean_ms", "median_ms",
            "mean_ms", "p90_ms", "link_warm_median_ms", "link_warm_mean_ms",
            "rss_after_first_mb", "peak_rss_mb", "claims", "names", "n_errors")
    print(f"{'':22s} {'default KB':>12s} {'big KB':>12s} {'ratio':>7s}")
    for k in keys:
        d, b = results["default"].get(k), results["big"].get(k)
        if d is None or b is None:
            continue
        ratio = f"{b / d:7.2f}" if isinstance(d, (int, float)) and d else ""
        print(f"{k:22s} {d:12.2f} {b:12.2f} {ratio}")
    for label, r in results.items():
        if "failed" in r:
            print(f"{label}: check failed: {r['failed']}")
        elif r.get("errors"):
            print(f"{label}: {r['n_errors']} check error(s), e.g. {r['errors'][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
