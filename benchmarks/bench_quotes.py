"""Quote-check latency with no trusted sources vs a large synthetic source index.

Writes N synthetic passages (default 1,000,000; --passages N) and one quote per five passages
into a temporary sources file with executemany, builds the FTS5 indexes, adds the three real
source documents of the quote scenario, then times `check_quotes` (and the whole `check()`)
on a quote-bearing article with 0 and with N passages, side by side.

    python benchmarks/bench_quotes.py [--passages 1000000] [--runs 30] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reelcheck.kb.store import KB, Fact, KBWriter  # noqa: E402
from reelcheck.model import Document  # noqa: E402
from reelcheck.pipeline import CheckOptions, check  # noqa: E402
from reelcheck.quotes import check_quotes  # noqa: E402
from reelcheck.sources import SourceRecord, SourceStore  # noqa: E402

ARTICLE = """\
Sean Baker has a habit of explaining his films with food metaphors. "I wanted the audience to \
laugh for an hour and then feel the floor drop away," Baker said at a press day in Manhattan.

Mikey Madison described the preparation as relentless. \u201cLearning the Russian lines \
phonetically was the hardest homework I have ever had,\u201d she admitted. "The first week was \
chaos," she said, "and then somehow it turned into a family."

Baker also praised the setting. "Brighton Beach gave us a neighbourhood that felt like its own \
little country," he said. "I never once thought about prizes while we were shooting," Madison \
told the room.
"""

SOURCES = [
    SourceRecord(url="https://press.example/evening", title="An evening", speaker=None, text=(
        'Sean Baker talked for an hour. "I wanted the audience to laugh for an hour and then '
        'feel the floor drop away," Baker told us.\n\nMikey Madison joined later. "Learning the '
        'Russian lines phonetically was the toughest homework I have ever been given," she '
        'said.')),
    SourceRecord(url="https://press.example/karagulian", title="On location",
                 speaker="Karren Karagulian", text=(
                     "Brighton Beach gave us a neighbourhood that felt like its own little "
                     "country, and the locals were generous with us.")),
]

PEOPLE = ["Sean Baker", "Mikey Madison", "Mark Eydelshteyn", "Yura Borisov", "Karren Karagulian",
          "Vache Tovmasyan", "Aleksei Serebryakov", "Darya Ekamasova", "Lindsey Normington"]
# Very common words (each in a large share of passages) and less common ones that the
# article's quotes also use (each in well under 1% of passages).
COMMON = ("the a of and to in that it was for on with as at by his her from this film night "
          "first week then never once while were have ever like gave felt little wanted feel "
          "scene camera director actress actor cast crew story city work set shot take role "
          "part").split()
MEDIUM = ("audience laugh hour floor drop away learning russian lines homework chaos family "
          "neighbourhood country prizes shooting hardest toughest thought beach brighton "
          "money wedding casino party car house love fear dance club script").split()


def pseudo_words(n: int, rng: random.Random) -> list[str]:
    syll = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "is", "om", "pre", "qui",
            "bra", "ste", "lin", "gor", "za", "fen", "ho"]
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(syll) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def synthetic_rows(n: int, rng: random.Random):
    vocab = pseudo_words(20_000, rng)
    templates = [
        "{p} said the {w} of {w} was {c} {c} and {w} {c} {w}.",
        "In {w} the {c} {c} {w} {w} while {p} {c} the {w} {c} {w} for {w} {w}.",
        "{c} {w} {c} {c} {w} {w} {c} {w} {c} {w} {w} {c} {w}.",
        "{p} recalled that {c} {w} {w} {c} {c} {w} on the {w} {c} {w} {w} {w}.",
    ]

    def fill(t):
        return t.format_map(_Filler(rng, vocab))

    for i in range(1, n + 1):
        text = " ".join(fill(rng.choice(templates)) for _ in range(rng.randint(3, 6)))
        yield i, text


class _Filler(dict):
    def __init__(self, rng, vocab):
        super().__init__()
        self.rng, self.vocab = rng, vocab

    def __missing__(self, key):
        if key == "p":
            return self.rng.choice(PEOPLE)
        if key == "c":
            return self.rng.choice(MEDIUM if self.rng.random() < 0.02 else COMMON)
        return self.rng.choice(self.vocab)


def build_kb(path: Path) -> KB:
    w = KBWriter(path, name="bench KB")
    for p in PEOPLE:
        w.add_entity(p.lower().replace(" ", "-"), "person", p)
    w.add_entity("anora-2024-film", "film", "Anora", year=2024)
    w.add_fact(Fact("", "anora-2024-film", "director", "sean-baker"))
    w.commit()
    return KB(path)


def build_sources(path: Path, n: int, kb: KB) -> float:
    t0 = time.perf_counter()
    rng = random.Random(7)
    store = SourceStore(path, in_kb=False, kb=kb)
    con = store.con
    con.commit()
    con.execute("PRAGMA synchronous = OFF")
    per_doc = 50
    ndocs = (n + per_doc - 1) // per_doc
    con.executemany(
        "INSERT INTO src_documents(id, content_hash, url, title, date, path, speaker, added_at, "
        "n_passages, n_quotes) VALUES (?,?,?,?,?,?,?,?,?,?)",
        ((d, f"synthetic-{d}", f"https://synthetic.example/{d}", f"Synthetic {d}", "2024-01-01",
          "", None, "2024-01-01T00:00:00Z", per_doc, per_doc // 5) for d in range(1, ndocs + 1)))
    batch, qbatch, qid = [], [], 0
    for pid, text in synthetic_rows(n, rng):
        doc = (pid - 1) // per_doc + 1
        batch.append((pid, doc, pid % per_doc, text, None, None))
        if pid % 5 == 0:
            qid += 1
            words = text.split()
            qbatch.append((qid, doc, pid, " ".join(words[3:15]), rng.choice(PEOPLE), None))
        if len(batch) >= 50_000:
            _flush(con, batch, qbatch)
            batch, qbatch = [], []
            print(f"  {pid:,} passages written", file=sys.stderr)
    _flush(con, batch, qbatch)
    print("  building FTS5 indexes...", file=sys.stderr)
    con.execute("INSERT INTO src_passages_fts(src_passages_fts) VALUES ('rebuild')")
    con.execute("INSERT INTO src_quotes_fts(src_quotes_fts) VALUES ('rebuild')")
    con.execute("INSERT INTO src_passages_fts(src_passages_fts) VALUES ('optimize')")
    con.execute("INSERT INTO src_quotes_fts(src_quotes_fts) VALUES ('optimize')")
    store.recount_terms()
    for rec in SOURCES:
        store.add(rec)
    store.commit()
    return time.perf_counter() - t0


def _flush(con, batch, qbatch):
    con.executemany("INSERT INTO src_passages VALUES (?,?,?,?,?,?)", batch)
    con.executemany("INSERT INTO src_quotes VALUES (?,?,?,?,?,?)", qbatch)


def timed(fn, runs: int) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    fn()
    cold = time.perf_counter() - t0
    xs = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        xs.append(time.perf_counter() - t0)
    xs.sort()
    return cold, statistics.median(xs), xs[min(len(xs) - 1, int(len(xs) * 0.95))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--keep", help="build in this folder and keep the files")
    args = ap.parse_args()

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-quotes-"))
    tmp.mkdir(parents=True, exist_ok=True)
    os.environ["REELCHECK_HOME"] = str(tmp / "empty-home")   # no user sources leak in
    kb = build_kb(tmp / "kb.sqlite")
    src = tmp / "sources.sqlite"
    if src.exists():
        src.unlink()
    print(f"writing {args.passages:,} synthetic passages to {src} ...", file=sys.stderr)
    build_s = build_sources(src, args.passages, kb)
    size_mb = src.stat().st_size / 1e6

    doc = Document("bench", ARTICLE)
    none = CheckOptions()
    many = CheckOptions(extra={"sources": str(src)})
    rows = [
        ("check_quotes", lambda: check_quotes(doc, [], kb, none),
         lambda: check_quotes(doc, [], kb, many)),
        ("check() whole", lambda: check(ARTICLE, kb=kb, options=none),
         lambda: check(ARTICLE, kb=kb, options=many)),
    ]
    verdicts = [q.verdict for q in check_quotes(doc, [], kb, many)]
    print(f"\nsources file: {size_mb:,.0f} MB, built in {build_s:,.0f} s; "
          f"verdicts with sources: {verdicts}")
    print(f"{'':16}{'0 passages':>30}{f'{args.passages:,} passages':>30}")
    print(f"{'':16}{'cold / median / p95 (ms)':>30}{'cold / median / p95 (ms)':>30}")
    for name, f0, f1 in rows:
        try:
            a, b = timed(f0, args.runs), timed(f1, args.runs)
        except Exception as e:  # another stage still being written: report, keep going
            print(f"{name:16}  skipped ({type(e).__name__}: {e})")
            continue
        fmt = lambda t: " / ".join(f"{x * 1000:.1f}" for x in t)  # noqa: E731
        print(f"{name:16}{fmt(a):>30}{fmt(b):>30}")
    if not args.keep:
        for p in sorted(tmp.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        tmp.rmdir()


if __name__ == "__main__":
    main()
