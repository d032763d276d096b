"""The public dev set itself: every label is anchored and well-formed, and the set covers what the
scorer is meant to measure (every claim category with true and false claims, misspellings,
quotes, links, and articles about films the KB lacks)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from reelcheck import ingest
from reelcheck.evaluation.labels import anchor, count_occurrences, load_labels, load_manifest

DEVSET = Path(__file__).resolve().parents[2] / "devset"
CONTRACT_CATEGORIES = ("award", "count", "date", "cast", "crew", "festival", "money", "runtime",
                       "location", "record", "filmography", "plot", "production")


@pytest.fixture(scope="module")
def labelset():
    return load_labels(DEVSET / "labels.jsonl")


@pytest.fixture(scope="module")
def manifest():
    return load_manifest(DEVSET / "manifest.json")


@pytest.fixture(scope="module")
def texts(manifest):
    # read exactly as `reelcheck check` and `reelcheck eval` read them
    return {name: ingest.from_path(DEVSET / "articles" / name).text for name in manifest}


def test_every_label_line_parses(labelset):
    assert labelset.problems == []
    assert len(labelset.labels) >= 200


def test_manifest_lists_exactly_the_article_files(manifest):
    on_disk = {p.name for p in (DEVSET / "articles").glob("*.txt")}
    assert set(manifest) == on_disk
    assert len(on_disk) >= 15


def test_articles_are_feature_length(texts):
    for name, text in texts.items():
        words = len(text.split())
        assert 250 <= words <= 700, (name, words)


def test_every_label_text_is_an_exact_substring_at_its_occurrence(labelset, texts):
    raw = [json.loads(l) for l in
           (DEVSET / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(raw) == len(labelset.labels)
    for lab, obj in zip(labelset.labels, raw):
        assert lab.article in texts, lab
        assert anchor(lab, texts[lab.article]) is None, (lab.article, lab.text)
        # a text found more than once must say which occurrence it means
        n = count_occurrences(lab.text, texts[lab.article])
        assert n == 1 or "occurrence" in obj, (lab.article, lab.text, n)


def test_every_article_has_labels_and_claim_labels(labelset, manifest):
    kinds = defaultdict(Counter)
    for lab in labelset.labels:
        kinds[lab.article][lab.kind] += 1
    for name in manifest:
        assert kinds[name]["claim"] >= 8, name


def test_claim_labels_carry_a_category(labelset):
    assert all(l.category for l in labelset.labels if l.kind == "claim")


def test_every_contract_category_has_true_and_false_claims(labelset):
    seen = Counter((l.category, l.label) for l in labelset.labels if l.kind == "claim")
    for cat in CONTRACT_CATEGORIES:
        assert seen[(cat, "supported")] >= 1, cat
        if cat == "runtime":
            # Anora's runtime is a disputed fact (139 vs 135 min) and disputed facts never
            # refute, so a false runtime is labelled not_enough_info, never refuted.
            assert seen[(cat, "not_enough_info")] >= 1
            assert seen[(cat, "refuted")] == 0
        else:
            assert seen[(cat, "refuted")] >= 1, cat
    certain_refuted = sum(1 for l in labelset.labels
                          if l.kind == "claim" and l.label == "refuted" and l.certain)
    assert certain_refuted >= 20


def test_kb_lacks_film_articles_exist_and_claim_nothing_refutable(labelset, manifest):
    lacking = [name for name, info in manifest.items() if not info.kb_has_film]
    assert len(lacking) >= 2
    for lab in labelset.labels:
        if lab.article in lacking and lab.kind == "claim":
            assert lab.label == "not_enough_info", (lab.article, lab.text)


def test_names_quotes_and_links_are_covered(labelset):
    names = [l for l in labelset.labels if l.kind == "name"]
    misspelled = {l.text: l.suggestion for l in names if l.label == "misspelled"}
    for wrong, right in {"Mikey Maddison": "Mikey Madison", "Yuri Borisof": "Yura Borisov",
                         "Karren Karagullian": "Karren Karagulian", "Sean Bakker": "Sean Baker",
                         "Mark Eydelstien": "Mark Eydelshteyn"}.items():
        assert misspelled.get(wrong) == right
    assert any(l.label == "none" for l in names)       # correct spellings and real aliases too
    assert any(l.kind == "quote" and l.label == "unsourced" for l in labelset.labels)
    links = Counter(l.label for l in labelset.labels if l.kind == "link")
    assert links["piracy"] >= 1


def test_hedged_and_uncertain_labels_are_present(labelset):
    claims = [l for l in labelset.labels if l.kind == "claim"]
    assert any(l.hedged for l in claims)
    assert any(not l.certain for l in claims)
    assert sum(l.certain for l in claims) > 0.75 * len(claims)


def test_labels_file_is_one_json_object_per_line():
    for i, line in enumerate((DEVSET / "labels.jsonl").read_text(encoding="utf-8").splitlines()):
        obj = json.loads(line)
        assert isinstance(obj, dict) and isinstance(obj["certain"], bool), i


def test_no_statement_is_labelled_twice(labelset):
    keys = Counter((l.article, l.kind, l.text, l.occurrence) for l in labelset.labels)
    assert [k for k, n in keys.items() if n > 1] == []
