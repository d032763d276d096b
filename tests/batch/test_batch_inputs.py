"""Input kinds, one row per document, and an error row for every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reelcheck.batch.run import run_batch

from .conftest import article, read_rows, row_id, write_jsonl


def make_warc(path, pages: int) -> list[str]:
    """A gzipped WARC: `pages` HTML responses plus a request and a non-HTML response."""
    ids = []
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(pages):
            html = (f"<html><head><title>Page {i}</title></head><body><article><p>"
                    f"{article(i)}</p><p>More words about the film for page {i}.</p>"
                    "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://news{i}.example/anora", "response",
                                       payload=io.BytesIO(html), http_headers=headers)
            w.write_record(rec)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
        req = w.create_warc_record("https://news0.example/anora", "request",
                                   payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        w.write_record(req)
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news0.example/p.png", "response",
                                            payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
    return ids


def test_every_input_kind_at_once_gives_one_row_per_document(tmp_path, kb_path):
    folder = tmp_path / "folder" / "deeper"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(article(1), encoding="utf-8")
    (folder / "b.html").write_text(f"<html><body><p>{article(2)}</p></body></html>",
                                   encoding="utf-8")
    (tmp_path / "folder" / "notes.bin").write_bytes(b"ignored")
    jl_ids = write_jsonl(tmp_path / "a.jsonl", 5, "j")
    gz_ids = []
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        for i in range(4):
            gz_ids.append(f"gz{i}")
            f.write(json.dumps({"id": f"gz{i}", "html": f"<p>{article(i)}</p>"}) + "\n")
        f.write(json.dumps({"text": article(9)}) + "\n")  # no id: <file>:<line>
    warc_ids = make_warc(tmp_path / "c.warc.gz", 3)
    out = tmp_path / "out.jsonl"
    s = run_batch([str(tmp_path / "folder"), str(tmp_path / "a.jsonl"),
                   str(tmp_path / "b.jsonl.gz"), str(tmp_path / "c.warc.gz")], str(out),
                  kb=kb_path, workers=2, progress=False)
    rows = read_rows(out)
    ids = [row_id(r) for r in rows]
    expected = ([str(folder / "a.txt"), str(folder / "b.html")] + jl_ids + gz_ids
                + [f"{tmp_path / 'b.jsonl.gz'}:5"] + warc_ids)
    assert ids == expected  # input order, stable ids
    assert all("error" not in r for r in rows), [r for r in rows if "error" in r]
    assert all(r["schema"] == "reelcheck.report/1" for r in rows)
    assert s.skipped == {"files with other extensions": 1, "WARC request records": 1,
                         "WARC responses that are not HTML": 1}
    warc_row = rows[-1]
    assert warc_row["document"]["url"] == "https://news2.example/anora"
    assert "Sean Baker" in warc_row["document"]["text"]


def test_bad_inputs_become_error_rows_and_the_rest_is_checked(tmp_path, kb_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "binary.txt").write_bytes(os.urandom(2000) + b"\x00\x00")
    (d / "empty.txt").write_bytes(b"")
    (d / "invalid-utf8.txt").write_bytes(b"Sean Baker \xff\xfe made Anora.")
    with open(d / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (d / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (d / "good.txt").write_text(article(7), encoding="utf-8")
    jl = tmp_path / "lines.jsonl"
    jl.write_text(json.dumps({"id": "ok1", "text": article(1)}) + "\n"
                  + "{this is not json\n"
                  + json.dumps({"id": "nofield", "body": "x"}) + "\n"
                  + json.dumps({"id": "blank", "text": "   "}) + "\n"
                  + json.dumps({"id": "ok2", "text": article(2)}) + "\n", encoding="utf-8")
    warc = tmp_path / "cut.warc.gz"
    make_warc(warc, 3)
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) // 2])  # cut mid-record
    out = tmp_path / "out.jsonl"
    run_batch([str(d), str(jl), str(warc)], str(out), kb=kb_path, workers=2, progress=False)
    rows = {row_id(r): r for r in read_rows(out)}
    kinds = {i: r["error"]["kind"] for i, r in rows.items() if "error" in r}
    assert kinds[str(d / "binary.txt")] == "binary"
    assert kinds[str(d / "empty.txt")] == "empty"
    assert kinds[str(d / "huge.txt")] == "too_large"
    assert kinds[str(d / "gone.txt")] == "unreadable"
    assert kinds[f"{jl}:2"] == "invalid_json"
    assert kinds["nofield"] == "invalid_json"
    assert kinds["blank"] == "empty"
    assert "truncated" in kinds.values()
    # checked despite the bad neighbours; invalid UTF-8 is replaced, not fatal
    for ok in (str(d / "good.txt"), str(d / "invalid-utf8.txt"), "ok1", "ok2"):
        assert rows[ok]["schema"] == "reelcheck.report/1"
    assert "\ufffd" in rows[str(d / "invalid-utf8.txt")]["document"]["text"]
    assert all(r["error"]["message"] and "\n" not in r["error"]["message"]
               for r in rows.values() if "error" in r)
    assert len(read_rows(out)) == len(rows)  # one row per document, none twice


def test_pathological_html_is_stopped_by_the_time_limit(tmp_path, kb_path):
    d = tmp_path / "in"
    d.mkdir()
    n = 100_000
    (d / "nested.html").write_text("<html><body>" + "<div>" * n + "Anora." + "</div>" * n
                                   + "</body></html>", encoding="utf-8")
    (d / "z-after.txt").write_text(article(3), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(d)], str(out), kb=kb_path, workers=1, doc_timeout=0.5, progress=False)
    rows = read_rows(out)
    assert [row_id(r) for r in rows] == [str(d / "nested.html"), str(d / "z-after.txt")]
    # Either a document finished within the limit or it was stopped: never a hang and never a
    # lost row. (Which one depends on the machine's speed, so both are accepted, also for the
    # ordinary article after it: a busy machine may take more than 0.5 s for it too.)
    for row in rows:
        assert "document" in row or row["error"]["kind"] == "timeout"


def test_a_worker_loads_the_parser_before_any_document_is_timed(kb_path):
    # Start-up is no document's time: a limit that fires while a fresh worker imports the
    # parser leaves half-initialised modules that break every later document of the worker
    # (seen as "model not installed" or a KeyError from a Cython module).
    code = ("import reelcheck.nlp as n; from reelcheck.batch.work import Checker; "
            f"Checker({kb_path!r}, doc_timeout=0.5, hard_kill=True); "
            "print('loaded' if n._NLP is not None else 'not loaded')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "loaded"


def test_duplicate_ids_are_made_unique(tmp_path, kb_path):
    jl = tmp_path / "dup.jsonl"
    jl.write_text("".join(json.dumps({"id": "same", "text": article(i)}) + "\n"
                          for i in range(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(jl)], str(out), kb=kb_path, workers=1, progress=False)
    assert [row_id(r) for r in read_rows(out)] == ["same", "same#2", "same#3"]
