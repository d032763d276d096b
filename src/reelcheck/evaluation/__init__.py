"""Evaluation: how well `check()` agrees with human labels on a dev set.

`evaluate(labels, articles_dir)` runs the engine and returns the `reelcheck.eval/1` result;
`score_article` and `summarize` are the pure scoring underneath it.
"""
from __future__ import annotations

from .labels import Label, load_labels, load_manifest
from .runner import evaluate
from .scoring import match_spans, score_article, summarize

__all__ = ["Label", "evaluate", "load_labels", "load_manifest", "match_spans", "score_article",
           "summarize"]
