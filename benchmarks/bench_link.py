"""How fast is name linking? Prints index build time and articles/s on a generated article.

    python benchmarks/bench_link.py                 # default KB
    python benchmarks/bench_link.py --kb my.sqlite  # another KB
    python benchmarks/bench_link.py --synthetic 10000  # also build a synthetic KB of N people

The article is generated (about 1,000 words of filler prose mixing KB names, partial names,
possessives and a few misspellings), so the figure is repeatable and needs no third-party text.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from reelcheck.kb.store import KB, KBWriter
from reelcheck.link import index_for, link_names
from reelcheck.link.index import build_index
from reelcheck.model import Document

FILLER = ("the crew spent weeks on a cramped set while critics argued about the ending and "
          "audiences in small towns lined up for late screenings despite the cold weather and "
          "a marketing budget that barely covered posters in three cities").split()
TEMPLATES = [
    "{p} said the shoot was exhausting.",
    "In an interview, {p} praised {q}'s patience.",
    "{f} surprised everyone at the festival.",
    "Later {s} admitted that the script changed daily.",
    "Nobody expected {f} to last this long in cinemas.",
    "On Tuesday, {p} told reporters in New York that {q} improvised the scene.",
    "{m} was spotted in Brooklyn last March.",
]


def make_article(kb: KB, words: int = 1000, seed: int = 7) -> str:
    rnd = random.Random(seed)
    people, films = [], []
    for e_id, etype in _entities(kb):
        e = kb.entity(e_id)
        if e is None:
            continue
        (people if etype == "person" else films).append(e.label)
    people = [p for p in people if " " in p] or ["Sean Baker"]
    films = films or ["Anora"]
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        p, q = rnd.choice(people), rnd.choice(people)
        m = p[:-1] + p[-1] * 2 if rnd.random() < 0.3 else p  # a doubled last letter
        sent = rnd.choice(TEMPLATES).format(p=p, q=q, f=rnd.choice(films), s=p.split()[-1], m=m)
        filler = " ".join(rnd.choice(FILLER) for _ in range(rnd.randint(6, 14)))
        out.append(f"{sent} Meanwhile {filler}.")
    return " ".join(out)


def _entities(kb: KB):
    seen = set()
    for _alias, eid, kind in kb.aliases():
        if kind == "label" and eid not in seen:
            seen.add(eid)
            e = kb.entity(eid)
            if e and e.type in ("person", "film"):
                yield eid, e.type


def synthetic_kb(n: int, path: Path) -> KB:
    rnd = random.Random(1)
    syll = ["ka", "ro", "mi", "lan", "dor", "vi", "sel", "ta", "ber", "no", "qu", "zen"]
    w = KBWriter(path, name=f"synthetic {n}")
    for i in range(n):
        first = "".join(rnd.choice(syll) for _ in range(2)).title()
        last = "".join(rnd.choice(syll) for _ in range(3)).title()
        w.add_entity(f"p{i}", "person", f"{first} {last}")
        w.add_alias(f"p{i}", f"{first[0]}. {last}", "alias")
    w.commit()
    return KB(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", help="KB file (default: the bundled default KB)")
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to run the loop")
    ap.add_argument("--synthetic", type=int, default=0, help="also time a synthetic KB of N people")
    args = ap.parse_args(argv)
    if args.kb:
        kb = KB(args.kb)
    else:
        from reelcheck.kb.default import default_kb_path
        kb = KB(default_kb_path())
    t = time.perf_counter()
    idx = build_index(kb)
    print(f"KB: {kb.describe()}; {idx.alias_count} aliases; "
          f"index build {1000 * (time.perf_counter() - t):.1f} ms")
    index_for(kb)
    text = make_article(kb)
    doc = Document(id="bench", text=text)
    link_names(doc, kb)  # warm caches
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < args.seconds:
        ms = link_names(doc, kb)
        n += 1
    dt = time.perf_counter() - t0
    flagged = sum(1 for m in ms if m.issue == "misspelled")
    print(f"article: {len(text.split())} words, {len(ms)} mentions ({flagged} misspelled)")
    print(f"{n / dt:.1f} articles/s, {1000 * dt / n:.2f} ms/article")
    if args.synthetic:
        with tempfile.TemporaryDirectory() as d:
            skb = synthetic_kb(args.synthetic, Path(d) / "syn.sqlite")
            t = time.perf_counter()
            sidx = build_index(skb)
            print(f"synthetic KB: {sidx.alias_count} aliases, index build "
                  f"{1000 * (time.perf_counter() - t):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
