"""Batch loses nothing: resume keyed on input identity and position, unique ids, one row per
input record whatever the input looks like, and a run that cannot work fails before it starts."""
from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reelcheck.batch import sources
from reelcheck.batch.run import BatchError, run_batch

from .conftest import article, read_rows, row_id, write_jsonl


def cli(*args, env=None, cwd=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "reelcheck.cli", *args], capture_output=True,
                          text=True, timeout=600, env=e, cwd=cwd)


def journal_lines(out) -> int:
    """Lines in the journal so far (safe to call while a run is writing it)."""
    path = out.with_name(out.name + ".done")
    return path.read_bytes().count(b"\n") if path.exists() else 0


def journal(out):
    path = out.with_name(out.name + ".done")
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


# -- resume keys and ids ------------------------------------------------------------------------

def test_colliding_ids_are_all_written_and_resume_keeps_them_apart(tmp_path, kb_path):
    src = tmp_path / "dup.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article(n)}) + "\n"
                           for n, i in enumerate(["dup", "dup", "dup#2"])), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False, limit=2)
    assert [row_id(r) for r in read_rows(out)] == ["dup", "dup#2"]
    s = run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False)
    assert s.resumed == 2 and s.checked == 1
    ids = [row_id(r) for r in read_rows(out)]
    assert len(ids) == 3 and len(set(ids)) == 3  # the third document is there, ids unique
    assert ids[:2] == ["dup", "dup#2"]
    texts = [r["document"]["text"] for r in read_rows(out)]
    assert texts == [article(0), article(1), article(2)]
    # and a third run has nothing to do
    s = run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False)
    assert s.checked == 0 and len(read_rows(out)) == 3


def test_ids_are_unique_in_one_run_too(tmp_path, kb_path):
    src = tmp_path / "dup.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article(n)}) + "\n"
                           for n, i in enumerate(["a", "a#2", "a", "a", "a#3"])),
                   encoding="utf-8")
    items = list(sources.iter_items([src]))
    ids = [it["id"] for it in items]
    assert len(set(ids)) == 5 and ids[:2] == ["a", "a#2"]


def test_same_folder_relative_then_absolute_is_checked_once(tmp_path, kb_path, monkeypatch):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i in range(3):
        (folder / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    (folder / "sub" / "b.html").write_text(f"<html><body><p>{article(9)}</p></body></html>",
                                          encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    run_batch(["articles"], str(out), kb=kb_path, workers=1, progress=False, limit=2)
    s = run_batch([str(folder)], str(out), kb=kb_path, workers=1, progress=False)
    assert s.resumed == 2 and s.checked == 2
    rows = read_rows(out)
    assert len(rows) == 4  # not 6: the first two files are not checked again
    assert sorted(r["document"]["text"] for r in rows) == sorted(
        [article(0), article(1), article(2), article(9)])
    # naming it a third way, and twice in one command, still adds nothing
    s = run_batch([str(folder / "sub" / ".."), "articles"], str(out), kb=kb_path, workers=1,
                  progress=False)
    assert s.checked == 0 and len(read_rows(out)) == 4
    assert s.skipped.get("documents named twice in the inputs") == 4


def test_rows_without_a_journal_are_not_resumed_blindly(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 2)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "j0", "something": "else"}\n', encoding="utf-8")
    with pytest.raises(BatchError, match="no resume journal"):
        run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False)
    assert out.read_text(encoding="utf-8") == '{"id": "j0", "something": "else"}\n'


def test_rows_written_but_not_journaled_are_redone_once(tmp_path, kb_path):
    # The state a kill -9 leaves between fsyncing rows and fsyncing their journal entries.
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 4)
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False, limit=2)
    rows = out.read_bytes()
    with open(out, "ab") as f:  # a whole extra row and half of another, not in the journal
        f.write(rows.splitlines(keepends=True)[0] + b'{"schema": "reelcheck.rep')
    run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False)
    assert [row_id(r) for r in read_rows(out)] == ids
    j = journal(out)
    assert [e["id"] for e in j] == ids and j[-1]["end"] == out.stat().st_size


# -- a run that cannot work fails before it starts ---------------------------------------------

@pytest.mark.parametrize("content", [b"", b"this is not a database at all\n"])
def test_unusable_kb_fails_before_anything_is_marked_done(tmp_path, kb_path, content):
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 3)
    bad = tmp_path / "notakb.sqlite"
    bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    r = cli("batch", str(src), "-o", str(out), "--kb", str(bad), "--no-progress")
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("reelcheck: error:") and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr and str(bad) in r.stderr
    assert read_rows(out) == [] and journal(out) == []
    # with a good KB the same output then gets every document
    r = cli("batch", str(src), "-o", str(out), "--kb", kb_path, "--no-progress")
    assert r.returncode == 0, r.stderr
    assert [row_id(x) for x in read_rows(out)] == ids


def test_damaged_default_kb_cache_is_rebuilt(tmp_path, monkeypatch):
    from reelcheck.kb.default import default_kb_path
    from reelcheck.batch.run import resolve_kb_path
    monkeypatch.setenv("REELCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("REELCHECK_HOME", str(tmp_path / "home"))
    cached = default_kb_path()
    cached.write_bytes(b"")  # a full disk, a killed build from an older version...
    assert resolve_kb_path(None) == str(cached)
    assert cached.stat().st_size > 0
    from reelcheck.kb.store import KB
    assert KB(cached).meta["schema_version"]


def test_unusable_sources_file_fails_before_it_starts(tmp_path, kb_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "sources.sqlite").write_bytes(b"not sqlite, just words\n" * 10)
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 2)
    out = tmp_path / "out.jsonl"
    r = cli("batch", str(src), "-o", str(out), "--kb", kb_path, "--no-progress",
            env={"REELCHECK_HOME": str(home)})
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("reelcheck: error:") and r.stderr.count("\n") == 1, r.stderr
    assert "sources" in r.stderr and read_rows(out) == [] and journal(out) == []


def test_a_fifo_or_device_as_input_is_refused_at_once(tmp_path, kb_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    for bad in (str(fifo), "/dev/zero"):
        r = cli("batch", bad, "-o", str(tmp_path / "o.jsonl"), "--kb", kb_path)
        assert r.returncode == 2, r.stderr
        assert r.stderr.count("\n") == 1 and "not a regular file" in r.stderr


def test_a_fifo_inside_a_folder_gets_an_error_row(tmp_path, kb_path):
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "a-pipe.txt")
    (d / "b.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(d)], str(out), kb=kb_path, workers=1, progress=False)
    rows = read_rows(out)
    assert [row_id(r) for r in rows] == [str(d / "a-pipe.txt"), str(d / "b.txt")]
    assert rows[0]["error"]["kind"] == "not_a_file" and "document" in rows[1]


# -- one row per input record, whatever the bytes -----------------------------------------------

def warc_bytes(pages: int, gz: bool) -> tuple[bytes, list[int]]:
    """A WARC of `pages` HTML responses and the byte offsets where each record ends."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    ends = []
    for i in range(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(
            f"https://p{i}.example/", "response",
            payload=io.BytesIO(f"<p>Page {i}: {article(i)}</p>".encode()),
            http_headers=headers))
        ends.append(buf.tell())
    return buf.getvalue(), ends


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_cut_at_any_byte_gives_an_error_row(tmp_path, gz):
    data, ends = warc_bytes(3, gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for cut in range(1, len(data) + 1):
        path.write_bytes(data[:cut])
        items = list(sources.iter_items([path]))
        docs = [i for i in items if i["kind"] != "error"]
        errors = [i for i in items if i["kind"] == "error"]
        whole = sum(1 for e in ends if e <= cut)
        if cut in ends:
            assert (len(docs), len(errors)) == (whole, 0), cut
            continue
        assert len(errors) == 1 and items[-1] is errors[0], cut
        assert errors[0]["error"]["kind"] == "truncated", cut
        # a record is only ever passed on whole: at most its closing blank line was cut
        assert len(docs) == whole or (len(docs) == whole + 1 and cut >= ends[whole] - 4), cut
        for d in docs:
            assert d["data"].endswith(b"</p>")


def test_a_jsonl_gz_cut_at_any_byte_gives_an_error_row(tmp_path):
    raw = "".join(json.dumps({"id": f"g{i}", "text": article(i)}) + "\n" for i in range(4))
    data = gzip.compress(raw.encode())
    path = tmp_path / "cut.jsonl.gz"
    for cut in range(2, len(data)):  # (one byte is not yet recognisable as gzip)
        path.write_bytes(data[:cut])
        items = list(sources.iter_items([path]))
        assert [i["kind"] for i in items].count("error") == 1, cut
        assert items[-1]["error"]["kind"] == "truncated", cut
        assert all(i["data"].decode() == article(int(i["id"][1:])) for i in items[:-1]), cut


def test_tiny_and_empty_warc_files_get_a_row(tmp_path, kb_path):
    ten = tmp_path / "ten.warc.gz"
    ten.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:10])
    ten_plain = tmp_path / "ten.warc"
    ten_plain.write_bytes(b"WARC/1.0\r\n")
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    s = run_batch([str(ten), str(ten_plain), str(empty)], str(out), kb=kb_path, workers=1,
                  progress=False)
    rows = read_rows(out)
    assert [r["error"]["kind"] for r in rows] == ["truncated", "truncated", "empty"]
    assert s.documents == 3


def test_blank_unreadable_and_oversized_lines_each_get_a_row(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "one", "text": article(1)}).encode(),
             b"",
             b"   \t",
             b"\xff\xfe not json \x00",
             b"[1, 2, 3]",
             json.dumps({"id": "big", "text": "x" * 5000}).encode(),
             json.dumps({"id": "two", "text": article(2)}).encode()]
    src.write_bytes(b"\n".join(lines) + b"\n\n")   # and a blank last line
    out = tmp_path / "out.jsonl"
    s = run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False, max_bytes=1000)
    rows = read_rows(out)
    assert len(rows) == 8 == s.documents  # one row per line
    kinds = [r["error"]["kind"] if "error" in r else "report" for r in rows]
    assert kinds == ["report", "empty", "empty", "invalid_json", "invalid_json", "too_large",
                     "report", "empty"]
    assert [row_id(r) for r in rows][1] == f"{src}:2"


def test_a_line_longer_than_any_document_is_skipped_without_holding_it(tmp_path):
    src = tmp_path / "in.jsonl"
    with open(src, "wb") as f:
        f.write(b'{"id": "huge", "text": "' + b"y" * 300_000 + b'"}\n')
        f.write(json.dumps({"id": "after", "text": "Anora."}).encode() + b"\n")
    items = list(sources.iter_items([src], max_bytes=10_000))
    assert [(i["id"], i["kind"]) for i in items] == [(f"{src}:1", "error"), ("after", "bytes")]
    assert items[0]["error"]["kind"] == "too_large"


def test_empty_jsonl_file_gets_a_row(tmp_path):
    src = tmp_path / "none.jsonl"
    src.write_bytes(b"")
    items = list(sources.iter_items([src]))
    assert [i["error"]["kind"] for i in items] == ["empty"]


# -- kill -9 at random moments --------------------------------------------------------------------

def kill_input(tmp_path, n: int):
    """JSONL with colliding ids, blank and broken lines, and a folder; returns the inputs and
    the number of records they hold."""
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(n):
            doc_id = "same" if i % 50 == 7 else f"k{i}"
            f.write(json.dumps({"id": doc_id, "text": article(i)}) + "\n")
            if i % 97 == 3:
                f.write("\n")
            if i % 131 == 5:
                f.write("{broken\n")
    records = sum(1 for _ in open(src, "rb"))
    folder = tmp_path / "folder"
    folder.mkdir()
    for i in range(5):
        (folder / f"f{i}.txt").write_text(article(1000 + i), encoding="utf-8")
    return [str(src), str(folder)], records + 5


def kill_and_resume(tmp_path, kb_path, engine: str, seed: int, kills: int, n: int):
    import random
    import signal
    import time

    rng = random.Random(seed)
    inputs, records = kill_input(tmp_path, n)
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "reelcheck.cli", "batch", *inputs, "-o", str(out), "--kb",
            kb_path, "--workers", "2", "--no-progress", "--engine", engine, "--doc-timeout", "0"]
    landed = 0
    for k in range(kills):
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        # The moment is drawn from the seeded generator: during start-up (a delay), or once
        # the journal holds some number of documents (mid-run, next to an fsync) plus a delay.
        # The assertions below hold whenever it lands -- even after the run ended -- so the
        # test does not depend on the machine's speed.
        target = 0 if k == 0 else rng.randrange(1, records)
        delay = rng.uniform(0.0, 3.0 if k == 0 else 0.7)
        while proc.poll() is None and journal_lines(out) < target:
            time.sleep(0.02)
        time.sleep(delay)
        if proc.poll() is None:
            landed += 1
            os.killpg(proc.pid, signal.SIGKILL)   # the run and everything it started
        proc.wait()
        time.sleep(0.2)
        if rng.random() < 0.5 and out.exists():
            with open(out, "ab") as f:  # as if the kill landed mid-write
                f.write(b'{"schema":"reelcheck.report/1","document":{"id":"k')
    r = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    print(f"{landed} of {kills} kills landed before the run ended")
    rows = read_rows(out)
    assert len(rows) == records                       # one row per input record
    ids = [row_id(x) for x in rows]
    assert len(set(ids)) == len(ids)                  # no id twice
    reports = [x for x in rows if "document" in x]
    texts = [x["document"]["text"] for x in reports]
    assert len(set(texts)) == len(texts) == n + 5     # every document once
    assert sorted(texts) == sorted([article(i) for i in range(n)]
                                   + [article(1000 + i) for i in range(5)])
    errors = sorted(x["error"]["kind"] for x in rows if "error" in x)
    assert errors == sorted(["empty"] * len(range(3, n, 97))
                            + ["invalid_json"] * len(range(5, n, 131)))
    keys = [e["key"] for e in journal(out)]
    assert len(keys) == len(set(keys)) == records
    assert [e["id"] for e in journal(out)] == ids     # the journal and the rows agree
    # an uninterrupted run gives the same rows, in the same order, with the same ids
    clean = tmp_path / "clean.jsonl"
    r = subprocess.run([*args[:args.index("-o")], "-o", str(clean), *args[args.index("-o") + 2:]],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert [row_id(x) for x in read_rows(clean)] == ids


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_repeats_nothing_local(tmp_path, kb_path):
    kill_and_resume(tmp_path, kb_path, "local", seed=1405, kills=5, n=400)


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_repeats_nothing_ray(tmp_path, kb_path):
    kill_and_resume(tmp_path, kb_path, "ray", seed=2606, kills=3, n=150)


def test_many_equal_ids_cost_linear_work():
    # Counted, not timed: how many ids are tried for 3,000 documents that all say "same".
    class Counting(set):
        probes = 0

        def __contains__(self, x):
            Counting.probes += 1
            return super().__contains__(x)

    taken, next_n = Counting(), {}
    ids = []
    for _ in range(3000):
        ids.append(sources.unique_id("same", taken, next_n))
        taken.add(ids[-1])
    assert ids[:3] == ["same", "same#2", "same#3"] and len(set(ids)) == 3000
    assert Counting.probes < 4 * 3000  # the old search tried every suffix again: ~4.5 million


def test_half_a_row_before_the_journal_existed_is_not_a_row(tmp_path, kb_path):
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 2)
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"schema":"reelcheck.report/1","docum')  # no newline, no journal
    run_batch([str(src)], str(out), kb=kb_path, workers=1, progress=False)
    assert [row_id(r) for r in read_rows(out)] == ids
