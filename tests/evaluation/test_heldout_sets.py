"""The held-out test sets: well-formed like the dev set, and the core guarantee holds on them —
nothing is refuted in an article about a film the KB lacks."""
from __future__ import annotations

from pathlib import Path

import pytest

import reelcheck
from reelcheck import ingest
from reelcheck.evaluation.labels import anchor, load_labels, load_manifest

ROOT = Path(__file__).resolve().parents[2]
SETS = ("testset", "testset2", "testset3")


@pytest.mark.parametrize("name", SETS)
def test_set_is_well_formed(name):
    d = ROOT / name
    labels = load_labels(d / "labels.jsonl")
    assert labels.problems == [] and len(labels.labels) >= 250
    manifest = load_manifest(d / "manifest.json")
    assert set(manifest) == {p.name for p in (d / "articles").glob("*.txt")}
    texts = {a: ingest.from_path(d / "articles" / a).text for a in manifest}
    for lab in labels.labels:
        assert anchor(lab, texts[lab.article]) is None, (name, lab.article, lab.text)
    assert (d / "README.md").is_file()


@pytest.mark.parametrize("name", SETS)
def test_nothing_refuted_where_the_kb_lacks_the_film(name, default_kb):
    d = ROOT / name
    manifest = load_manifest(d / "manifest.json")
    lacking = [a for a, meta in manifest.items() if not meta.kb_has_film]
    assert lacking
    for a in lacking:
        report = reelcheck.check(ingest.from_path(d / "articles" / a), kb=default_kb)
        assert [c.text for c in report.claims if c.verdict == "refuted"] == [], a
