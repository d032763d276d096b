"""Fuzz: seeded random text, HTML, JSONL and WARC bytes through `check()` and `reelcheck batch`.

No traceback, one row per input record, every row a report or an error row. The generator is
seeded, so each run asserts the same things about the same inputs; time is not asserted here
(see benchmarks/bench_hostile.py for time per byte).
"""
from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys

import pytest

from reelcheck.ingest import InputError, from_bytes
from reelcheck.pipeline import check

from . import fuzzgen
from .conftest import read_rows

ERROR_KINDS = {"empty", "binary", "too_large", "invalid_json", "unreadable", "not_a_file",
               "truncated", "timeout", "crashed"}


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_check_on_random_documents_never_raises(seed, kb_path, schema):
    import jsonschema

    rng = random.Random(seed)
    checked = 0
    for n in range(40):
        data = fuzzgen.document_bytes(rng)
        name = rng.choice(["a.txt", "a.html", "", "page.htm"])
        try:
            doc = from_bytes(data, name=name, doc_id=f"fuzz-{seed}-{n}")
        except InputError as e:
            assert e.kind in ERROR_KINDS and "\n" not in e.message
            continue
        report = check(doc, kb=kb_path).to_dict()
        jsonschema.validate(report, schema)
        text = report["document"]["text"]
        for item in report["claims"] + report["names"] + report["quotes"] + report["links"]:
            s, e = item["span"]
            assert 0 <= s <= e <= len(text)
        checked += 1
    assert checked > 20  # most random documents are documents, not errors


def test_check_on_random_plain_text_keeps_it_exactly(kb_path):
    rng = random.Random(99)
    for _ in range(30):
        t = fuzzgen.text(rng, rng.randrange(1, 300))
        if not t.strip() or any(ord(c) < 9 for c in t):
            continue
        report = check(t, kb=kb_path)
        assert report.document.text == t


def build_inputs(tmp_path, seed: int) -> tuple[list[str], int]:
    """A folder of random files, JSONL (plain and gzip) and WARC (whole and cut) files, and the
    number of rows they must give, counted from how they were made."""
    rng = random.Random(seed)
    root = tmp_path / "in"
    (root / "deep" / "er").mkdir(parents=True)
    expected = 0
    for i in range(12):
        sub = rng.choice([root, root / "deep", root / "deep" / "er"])
        ext = rng.choice([".txt", ".html", ".md", ".htm"])
        (sub / f"doc{i}{ext}").write_bytes(fuzzgen.document_bytes(rng))
        expected += 1
    (root / "ignored.bin").write_bytes(b"\x00" * 10)           # skipped, not a row
    for i, compress in enumerate([False, True, False]):
        lines = fuzzgen.jsonl_lines(rng, rng.randrange(0, 30))
        data = b"".join(line + b"\n" for line in lines)
        if compress:
            (root / f"lines{i}.jsonl.gz").write_bytes(gzip.compress(data))
        else:
            (root / f"lines{i}.jsonl").write_bytes(data)
        expected += len(lines) or 1                            # an empty file: one row
    for i, gz in enumerate([True, False, True, False]):
        data, ends, is_html = fuzzgen.warc(rng, rng.randrange(1, 8), gz)
        cut = len(data) if i < 2 else rng.randrange(0, len(data))
        name = f"crawl{i}.warc" + (".gz" if gz else "")
        (root / "deep" / name).write_bytes(data[:cut])
        expected += fuzzgen.warc_rows_after_cut(ends, is_html, cut, gz)
    junk = root / "junk.warc"                                  # not a WARC at all
    junk.write_bytes(bytes(rng.randrange(256) for _ in range(10)))
    expected += 1
    return [str(root)], expected


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22])
def test_batch_on_random_inputs_gives_one_row_per_record(tmp_path, kb_path, seed):
    inputs, expected = build_inputs(tmp_path, seed)
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "reelcheck.cli", "batch", *inputs, "-o", str(out),
                        "--kb", kb_path, "--workers", "2", "--no-progress",
                        "--doc-timeout", "0"],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    rows = read_rows(out)
    assert len(rows) == expected
    ids = [x["document"]["id"] if "document" in x else x["id"] for x in rows]
    assert len(set(ids)) == len(ids)
    for x in rows:
        if "document" in x:
            assert x["schema"] == "reelcheck.report/1"
        else:
            assert x["error"]["kind"] in ERROR_KINDS, x
            assert x["error"]["message"] and "\n" not in x["error"]["message"]
    summary = json.loads(json.dumps(r.stderr.splitlines()[0]))
    assert f"{expected} documents" in summary
