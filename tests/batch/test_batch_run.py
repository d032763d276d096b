"""--only-problems, summaries, CLI errors, and local vs Ray output."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reelcheck.batch.run import run_batch
from reelcheck.batch.stats import is_problem

from .conftest import article, read_rows, row_id, write_jsonl


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "reelcheck.cli", *args], capture_output=True,
                          text=True, timeout=300, **kw)


def test_only_problems_writes_problem_rows_and_remembers_clean_ones(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 30, "p")
    with open(src, "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "bin", "text": "\u0000\u0001\u0002 junk"}) + "\n")
        f.write(json.dumps({"id": "misspelt", "text": "Mikey Maddison and Sean Bakker made "
                            "Anora, which won five Oscars in 2025."}) + "\n")
    full = tmp_path / "full.jsonl"
    run_batch([str(src)], str(full), kb=kb_path, workers=2, progress=False)
    expected = [row_id(r) for r in read_rows(full) if is_problem(r)]
    assert "bin" in expected
    out = tmp_path / "problems.jsonl"
    s = run_batch([str(src)], str(out), kb=kb_path, workers=2, progress=False,
                  only_problems=True)
    assert [row_id(r) for r in read_rows(out)] == expected
    assert s.documents == 32 and s.written == len(expected)
    done = out.with_name(out.name + ".done")
    journal = [json.loads(line) for line in done.read_text().splitlines()]
    assert [e["id"] for e in journal] == [row_id(r) for r in read_rows(full)]  # every document
    logged = [e["id"] for e in journal if not e["w"]]   # the clean ones, not written
    assert sorted(logged + expected) == sorted(row_id(r) for r in read_rows(full))
    # a second run has nothing left to do and writes nothing twice
    s2 = run_batch([str(src)], str(out), kb=kb_path, workers=2, progress=False,
                   only_problems=True)
    assert s2.checked == 0 and s2.resumed == 32
    assert [row_id(r) for r in read_rows(out)] == expected


def test_summary_json_and_self_contained_html(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 10, "s")
    with open(src, "a", encoding="utf-8") as f:
        f.write('{"id": "<script>alert(1)</script>", "text": ""}\n')
    out, sj, sh = tmp_path / "o.jsonl", tmp_path / "s.json", tmp_path / "s.html"
    r = cli("batch", str(src), "-o", str(out), "--kb", kb_path, "--workers", "2",
            "--summary-json", str(sj), "--summary-html", str(sh))
    assert r.returncode == 0, r.stderr
    assert "11 documents" in r.stderr and "docs/s" in r.stderr
    summary = json.loads(sj.read_text())
    assert summary["documents"] == 11 and summary["errors_by_kind"] == {"empty": 1}
    page = sh.read_text(encoding="utf-8")
    assert "<svg" in page and 'href="#err-0"' in page and 'id="err-0"' in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    low = page.lower()
    for bad in ('src="http', "src='http", 'href="http', "href='http", "<script", "<link",
                "@import", "url("):
        assert bad not in low, bad


def test_bad_arguments_fail_with_one_line(tmp_path, kb_path):
    r = cli("batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl"),
            "--kb", kb_path)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "input not found" in r.stderr
    r = cli("batch", "https://example.com/crawl.warc.gz", "-o", str(tmp_path / "o.jsonl"),
            "--kb", kb_path)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0
    assert "does not fetch" in r.stderr and not (tmp_path / "o.jsonl").exists()
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 1)
    r = cli("batch", str(src), "-o", str(tmp_path / "no-such-dir" / "o.jsonl"), "--kb", kb_path)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0
    assert "output folder does not exist" in r.stderr


@pytest.mark.slow
def test_ray_engine_writes_the_same_bytes_as_local(tmp_path, kb_path):
    # No time limit here (doc_timeout=0): on a busy machine any document may exceed a short
    # limit in one engine and not the other, and the bytes would differ for that reason alone.
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 18, "r")
    with open(src, "a", encoding="utf-8") as f:
        f.write("not json at all\n")
        f.write(json.dumps({"id": "html1", "html": f"<html><body><p>{article(5)}</p>"
                            "</body></html>", "url": "https://x.example/1"}) + "\n")
    local, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    run_batch([str(src)], str(local), kb=kb_path, workers=2, progress=False, doc_timeout=0)
    s = run_batch([str(src)], str(ray_out), kb=kb_path, workers=2, engine="ray",
                  progress=False, doc_timeout=0)
    assert s.documents == 20
    lines_local = local.read_bytes().splitlines(keepends=True)
    assert len(lines_local) == 20
    assert lines_local == ray_out.read_bytes().splitlines(keepends=True)  # byte for byte


@pytest.mark.slow
def test_ray_engine_applies_the_time_limit_without_losing_the_row(tmp_path, kb_path):
    # Only a pathological document runs under the short limit; whether it finishes in time
    # depends on the machine, so both outcomes are accepted: one row with its id, never a hang.
    src = tmp_path / "in.jsonl"
    n = 100_000
    src.write_text(json.dumps({"id": "nested", "html": "<html><body>" + "<div>" * n + "Anora."
                               + "</div>" * n + "</body></html>"}) + "\n", encoding="utf-8")
    out = tmp_path / "ray.jsonl"
    s = run_batch([str(src)], str(out), kb=kb_path, workers=1, engine="ray", progress=False,
                  doc_timeout=0.5)
    assert s.documents == 1
    rows = read_rows(out)
    assert [row_id(r) for r in rows] == ["nested"]
    assert "document" in rows[0] or rows[0]["error"]["kind"] == "timeout"


def test_limit_counts_input_documents_and_resume_extends_it(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 12, "l")
    out = tmp_path / "o.jsonl"
    run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False, limit=5)
    assert [row_id(r) for r in read_rows(out)] == ids[:5]
    s = run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False, limit=8)
    assert s.resumed == 5 and s.checked == 3
    assert [row_id(r) for r in read_rows(out)] == ids[:8]


def test_plain_progress_lines_when_not_a_terminal():
    import io

    from reelcheck.batch.progress import Progress
    buf = io.StringIO()
    p = Progress(total=10, interval=0.0, stream=buf)
    for _ in range(3):
        p.advance(1, errors=1)
    p.close()
    lines = buf.getvalue().splitlines()
    assert len(lines) == 3 and "\r" not in buf.getvalue()
    assert lines[-1].startswith("reelcheck batch: 3/10 docs, 3 errors,") and "docs/s" in lines[-1]
