"""Where check()'s work goes, counted rather than timed: sentences, parsed characters, spaCy
components and reader calls, over a folder of texts (the same texts bench_nlp_speed.py reads).

    python benchmarks/work_census.py [--texts DIR]

Prints aggregates only. The counts do not depend on the machine's load; the seconds beside
them (one pass after a warm-up) are for orientation, on a shared machine they move by tens of
percent from run to run. The readers are wrapped, not changed: the claims are the same.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# the claim families extract_claims runs on each parsed sentence (claims/__init__.py)
READERS = ("AwardReader", "AgeReader", "DescriptionReader", "OriginReader", "DateReader",
           "FestivalReader", "QuantityReader", "CrewReader", "SpouseReader", "NameReader",
           "RecordReader", "IntervalReader", "FilmographyReader", "PlotReader", "CastReader",
           "LocationReader", "HostReader", "NoteReader")
# the stages pipeline.check imports from their packages at each call
STAGES = (("link", "reelcheck.link", "link_names"),
          ("claims", "reelcheck.claims", "extract_claims"),
          ("quotes", "reelcheck.quotes", "check_quotes"),
          ("verify", "reelcheck.verify", "verify_claims"))


def main() -> int:
    ap = argparse.ArgumentParser()
    default = HERE.parent.parent / "shared" / "realdev" / "articles"
    ap.add_argument("--texts", default=str(default if default.is_dir() else HERE.parent / "devset" / "articles"))
    a = ap.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(a.texts).glob("*.txt"))]

    import importlib

    import reelcheck
    import reelcheck.claims as claims
    import reelcheck.nlp as nlp_mod
    from reelcheck.claims.text import split_sentences
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    for x in texts:
        reelcheck.check(x, kb=kb)     # warm: the KB's caches, the pipeline loaded

    secs: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    fired: collections.Counter = collections.Counter()
    per_sentence: collections.Counter = collections.Counter()   # (doc, sentence) -> reader secs
    parsed = collections.Counter()
    doc_no = [0]

    def sentence_of(args):
        p = args[1]
        s = getattr(p, "sentence", p)
        return getattr(s, "index", None)

    def wrap_reader(cls, name):
        f = cls.sentence_claims

        def g(*args, **kw):
            t = time.perf_counter()
            got = f(*args, **kw)
            dt = time.perf_counter() - t
            secs[name] += dt
            calls[name] += 1
            fired[name] += bool(got)
            per_sentence[(doc_no[0], sentence_of(args))] += dt
            return got
        cls.sentence_claims = g
        return f

    def wrap_stage(mod, attr, label):
        f = getattr(mod, attr)

        def g(*args, **kw):
            t = time.perf_counter()
            got = f(*args, **kw)
            secs["stage " + label] += time.perf_counter() - t
            return got
        setattr(mod, attr, g)
        return f

    stock_parse = nlp_mod.parse

    def parse(texts_, batch_size=64, disable=()):
        texts_ = list(texts_)
        cache = nlp_mod._DOCS.get()
        stage = "quotes" if "ner" in disable else "claims"
        new = {t for t in texts_ if cache is None or t not in cache}
        parsed[stage + " texts asked"] += len(texts_)
        parsed[stage + " texts parsed"] += len(new)
        parsed[stage + " chars parsed"] += sum(map(len, new))
        t = time.perf_counter()
        docs = list(stock_parse(texts_, batch_size, disable))
        secs["spaCy " + stage] += time.perf_counter() - t
        return iter(docs)

    undo = [(getattr(claims, n), "sentence_claims", wrap_reader(getattr(claims, n), n)) for n in READERS]
    for label, modname, attr in STAGES:
        mod = importlib.import_module(modname)
        undo.append((mod, attr, wrap_stage(mod, attr, label)))
    nlp_mod.parse = parse

    sentences = with_claims = chars = 0
    t0 = time.perf_counter()
    claim_sentences = set()
    for k, x in enumerate(texts):
        doc_no[0] = k
        r = reelcheck.check(x, kb=kb)
        ss = split_sentences(x)
        sentences += len(ss)
        chars += len(x)
        mine = {i for c in r.claims for i, s in enumerate(ss) if s.start <= c.start < s.end}
        with_claims += len(mine)
        claim_sentences |= {(k, i) for i in mine}
    total = time.perf_counter() - t0
    nlp_mod.parse = stock_parse
    for obj, attr, f in undo:
        setattr(obj, attr, f)

    pipe = nlp_mod.nlp()
    read = sum(secs[n] for n in READERS)
    idle = sum(v for key, v in per_sentence.items() if key not in claim_sentences)
    print(f"{len(texts)} texts, {chars:,} characters, {sentences} sentences, "
          f"{with_claims} with a claim ({with_claims / max(1, sentences):.0%})")
    print(f"parsed by the claims stage: {parsed['claims texts parsed']} texts, "
          f"{parsed['claims chars parsed']:,} characters ({parsed['claims chars parsed'] / max(1, chars):.0%}), "
          f"components {', '.join(pipe.pipe_names)}")
    print(f"parsed again by the quotes stage: {parsed['quotes texts parsed']} of "
          f"{parsed['quotes texts asked']} paragraphs asked, {parsed['quotes chars parsed']:,} characters "
          f"({parsed['quotes chars parsed'] / max(1, chars):.0%}), without ner and lemmatizer")
    print(f"wall {total:.2f} s: " + ", ".join(
        f"{k} {v:.2f}" for k, v in secs.items() if k.startswith(("stage", "spaCy"))))
    print(f"readers {read:.2f} s, of which {idle:.2f} s ({idle / max(read, 1e-9):.0%}) "
          f"in sentences that end with no claim")
    print(f"{'reader':20s} {'calls':>6s} {'output':>6s} {'secs':>6s}")
    for n in sorted(READERS, key=lambda n: -secs[n]):
        print(f"{n:20s} {calls[n]:6d} {fired[n]:6d} {secs[n]:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
