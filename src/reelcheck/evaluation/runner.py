"""Running the engine over a labelled article folder: the glue between files, `check()` and
the scorer.

Articles are read with `reelcheck.ingest.from_path`, exactly as `reelcheck check FILE` reads
them, so the offsets the labels are anchored to are the offsets the engine reports.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from .labels import ArticleInfo, LabelSet, anchor, load_labels, load_manifest
from .scoring import ArticleScore, score_article, summarize


def default_manifest(labels_path: str | Path) -> Optional[Path]:
    """`manifest.json` next to the labels file, when there is one."""
    p = Path(labels_path).with_name("manifest.json")
    return p if p.is_file() else None


def evaluate(labels_path: str | Path, articles_dir: str | Path, *, kb=None,
             manifest_path: str | Path | None = None, per_article: bool = False,
             options=None, max_misses: int = 60) -> dict:
    """Check every labelled article and score it; the `reelcheck.eval/1` result as a dict.

    Unusable labels and unreadable articles are listed under `label_problems` and `errors`
    (the rest is still scored). Raises `ValueError` only when nothing at all can be scored.
    """
    from .. import ingest
    from ..pipeline import check, resolve_kb

    labelset: LabelSet = load_labels(labels_path)
    adir = Path(articles_dir)
    if not adir.is_dir():
        raise ValueError(f"{adir}: not a directory")
    manifest = load_manifest(manifest_path if manifest_path is not None
                             else default_manifest(labels_path))
    kbo = resolve_kb(kb)
    problems = [str(p) for p in labelset.problems]
    scores: list[ArticleScore] = []
    for article, labels in labelset.by_article().items():
        info = manifest.get(article) or ArticleInfo(file=article)
        path = adir / article
        try:
            doc = ingest.from_path(path)
        except ingest.InputError as e:
            scores.append(ArticleScore(article=article, style=info.style,
                                       kb_has_film=info.kb_has_film, error=e.message))
            continue
        usable = []
        for lab in labels:
            msg = anchor(lab, doc.text)
            if msg:
                problems.append(f"{Path(labels_path).name}:{lab.line}: {article}: {msg}")
            else:
                usable.append(lab)
        t0 = time.perf_counter()
        report = check(doc, kb=kbo, options=options)
        elapsed = time.perf_counter() - t0
        sc = score_article(article, doc.text, usable, report, info)
        sc.seconds = elapsed
        scores.append(sc)
    if not any(s.error is None for s in scores):
        raise ValueError(f"{labels_path}: no labelled article could be scored"
                         + (f" ({problems[0]})" if problems else ""))
    out = summarize(scores, per_article=per_article, max_misses=max_misses)
    out["kb"] = kbo.describe()
    out["label_problems"] = problems
    return out
