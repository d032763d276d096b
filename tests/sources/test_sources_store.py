"""The trusted-source store: indexing files and folders, dedupe, bad files, removal, lookup."""
from __future__ import annotations

import json
import os
import sqlite3

import pytest

from typer.testing import CliRunner

from reelcheck.cli import app
from reelcheck.kb.store import KB
from reelcheck.pipeline import CheckOptions
from reelcheck.sources import (SourceIndex, add_paths, open_sources, search_passages,
                               user_sources_path)
from reelcheck.sources.passages import MAX_CHARS, split_passages

def cli(args):
    """Run a command as the `reelcheck` script would (exit code, stdout, stderr apart)."""
    return CliRunner().invoke(app, args)


HTML = """<!doctype html><html><head><title>Madison on the night shoots</title></head><body>
<article><h1>Madison on the night shoots</h1>
<p>The actress described the overnight schedule in detail. "You lose track of which day it is \
after the third week of nights," Mikey Madison said, and she meant it kindly.</p>
<p>She added that the crew kept everyone going with terrible coffee and excellent music, and that \
the last night of the shoot ended with a sunrise nobody had planned for.</p>
</article></body></html>"""

PLAIN = """Notes from a festival panel

Yura Borisov barely spoke during the first half. "I play people who say very little, so I am \
practising," he joked when the moderator finally turned to him.

The panel moved on to the casino sequence, which took eleven nights to shoot in a working casino \
with real dealers watching from the side.
"""


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "trusted"
    (d / "nested" / "deeper").mkdir(parents=True)
    (d / "panel.txt").write_text(PLAIN, encoding="utf-8")
    (d / "nested" / "night.html").write_text(HTML, encoding="utf-8")
    lines = [
        {"url": "https://news.example/one", "title": "One", "date": "2024-05-21",
         "speaker": "Sean Baker",
         "text": "Every film I make starts with a place before it has a single character in it."},
        {"url": "https://news.example/two", "title": "Two",
         "html": "<html><body><article><p>Yura Borisov has a gift for silence that most actors "
                 "would need a whole career to learn, one critic wrote after the premiere.</p>"
                 "</article></body></html>"},
    ]
    (d / "nested" / "deeper" / "press.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return d


def counts(path):
    s = SourceIndex(path).stats()
    return s["documents"], s["passages"], s["quotes"]


def test_add_folder_recursively_text_html_jsonl(kb, folder):
    r = cli(["sources", "add", str(folder), "--kb", str(kb.path)])
    assert r.exit_code == 0
    assert "indexed 4 document(s)" in r.stdout and "0 failed" in r.stdout
    docs = SourceIndex(kb.path).documents()
    urls = {d["url"] for d in docs}
    assert {"https://news.example/one", "https://news.example/two"} <= urls
    assert any(u.endswith("panel.txt") for u in urls)
    assert any(d["title"] == "Madison on the night shoots" for d in docs)
    # the KB itself is untouched and still readable
    assert KB(kb.path).entities_by_name("Sean Baker")[0].id == "sean-baker"


def test_quotes_in_sources_get_speakers(kb, folder):
    add_paths([folder], kb=kb.path)
    con = sqlite3.connect(kb.path)
    rows = dict(con.execute("SELECT text, speaker_id FROM src_quotes"))
    assert rows["I play people who say very little, so I am practising"] == "yura-borisov"
    assert rows[("You lose track of which day it is after the third week of nights")] == \
        "mikey-madison"
    # the JSONL record's speaker is the default for its passages
    spk = con.execute("SELECT speaker_id FROM src_passages WHERE text LIKE 'Every film%'"
                      ).fetchone()[0]
    assert spk == "sean-baker"


def test_re_adding_changes_nothing(kb, folder, tmp_path):
    assert cli(["sources", "add", str(folder), "--kb", str(kb.path)]).exit_code == 0
    first = counts(kb.path)
    r = cli(["sources", "add", str(folder), "--kb", str(kb.path)])
    assert r.exit_code == 0
    assert "indexed 0 document(s)" in r.stdout and "4 already indexed" in r.stdout
    # the same words under another name (and with other line breaks) are the same document
    copy = tmp_path / "copy.txt"
    copy.write_text(PLAIN.replace("\n\n", "\n\n\n") + "\n", encoding="utf-8")
    res = add_paths([copy], kb=kb.path)
    assert (res.added, res.unchanged) == (0, 1)
    assert counts(kb.path) == first


def test_malformed_files_are_reported_and_skipped(folder, tmp_path):
    (folder / "blob.bin").write_bytes(b"\x00\x01\x02\x03 not text \xff\xfe")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nested" / "broken.jsonl").write_text(
        '{"url": "https://ok.example/a", "text": "A perfectly fine record about the ovation that '
        'went on and on at the festival."}\n{"url": "https://bad.example", "text": \n'
        '["a list"]\n', encoding="utf-8")
    os.symlink(tmp_path / "missing-target.txt", folder / "dangling.txt")
    r = cli(["sources", "add", str(folder)])
    assert r.exit_code == 0
    assert "indexed 5 document(s)" in r.stdout and "5 failed" in r.stdout
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("reelcheck: skipped")]
    assert len(errs) == 5
    assert any("blob.bin" in e and "binary" in e for e in errs)
    assert any("empty.txt" in e for e in errs)
    assert any("broken.jsonl:2" in e and "invalid JSON" in e for e in errs)
    assert any("broken.jsonl:3" in e and "object" in e for e in errs)
    assert any("dangling.txt" in e for e in errs)
    assert "Traceback" not in r.stderr and r.exception is None
    assert counts(user_sources_path())[0] == 5


def test_only_bad_files_exit_non_zero(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00" * 64)
    r = cli(["sources", "add", str(bad)])
    assert r.exit_code == 1 and "1 failed" in r.stdout
    r = cli(["sources", "add", str(tmp_path / "nothing-here")])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_remove_by_id_and_url(kb, folder):
    add_paths([folder], kb=kb.path)
    docs = SourceIndex(kb.path).documents()
    by_url = {d["url"]: d["id"] for d in docs}
    assert cli(["sources", "remove", "https://news.example/one", "--kb", str(kb.path)]
               ).exit_code == 0
    assert cli(["sources", "remove", str(by_url["https://news.example/two"]), "--kb",
                str(kb.path)]).exit_code == 0
    left = {d["url"] for d in SourceIndex(kb.path).documents()}
    assert "https://news.example/one" not in left and "https://news.example/two" not in left
    assert len(left) == 2
    # the full-text index forgot them too
    idx = SourceIndex(kb.path)
    hits = idx.search("every film starts with a place before a single character", k=10)
    assert all(c.url != "https://news.example/one" for c in hits)
    con = sqlite3.connect(kb.path)      # word counts follow: words only in removed docs are gone
    assert con.execute("SELECT df FROM src_terms WHERE kind='p' AND term='character'"
                       ).fetchone() is None
    assert con.execute("SELECT df FROM src_terms WHERE kind='p' AND term='casino'"
                       ).fetchone() == (1,)
    r = cli(["sources", "remove", "https://never.example", "--kb", str(kb.path)])
    assert r.exit_code == 1 and "no document matches" in r.stderr


def test_list_and_stats_commands(kb, folder):
    add_paths([folder], kb=kb.path)
    r = cli(["sources", "list", "--kb", str(kb.path)])
    lines = r.stdout.strip().splitlines()
    assert r.exit_code == 0
    assert len(lines) == 4 and any("https://news.example/one" in ln for ln in lines)
    r = cli(["sources", "stats", "--kb", str(kb.path)])
    assert r.exit_code == 0 and "documents: 4" in r.stdout and "Yura Borisov" in r.stdout


def test_list_and_stats_with_no_sources():
    r = cli(["sources", "list"])
    assert r.exit_code == 0 and "no trusted sources" in r.stdout
    r = cli(["sources", "stats"])
    assert r.exit_code == 0 and "documents: 0" in r.stdout


def test_open_sources_prefers_explicit_then_kb_then_user_file(kb, folder, tmp_path):
    assert open_sources(kb, None) is None               # nothing anywhere
    add_paths([folder / "panel.txt"])                   # user file only
    idx = open_sources(kb, None)
    assert idx is not None and idx.path == user_sources_path()
    add_paths([folder / "nested"], kb=kb.path)          # now the KB has its own sources
    assert open_sources(KB(kb.path), None).path == kb.path
    explicit = tmp_path / "explicit.sqlite"
    from reelcheck.sources import SourceStore
    with SourceStore(explicit, in_kb=False):
        pass                                            # a valid but empty store
    assert open_sources(kb, CheckOptions(extra={"sources": str(explicit)})) is None
    add_paths([folder / "panel.txt"], kb=None)
    assert open_sources(kb, CheckOptions(extra={"sources": str(user_sources_path())})
                        ).path == user_sources_path()


def test_open_sources_ignores_a_kb_without_source_tables(kb):
    assert open_sources(kb, CheckOptions()) is None


def test_search_passages_ranks_by_bm25(kb, folder):
    add_paths([folder], kb=kb.path)
    idx = open_sources(KB(kb.path))
    ev = search_passages(idx, "How many nights did the casino sequence take to shoot?", k=2)
    assert 1 <= len(ev) <= 2
    assert "eleven nights" in ev[0].statement and ev[0].source.endswith("panel.txt")
    assert search_passages(idx, "zebra xylophone quantum") == []
    assert search_passages(None, "casino") == []


def test_long_documents_are_cut_into_paragraph_sized_passages():
    sentence = "The crew rebuilt the mansion set twice because the first one looked too clean. "
    text = "Short heading\n\n" + sentence * 40 + "\n\n" + "A closing paragraph of ordinary size " \
        "that says nothing in particular about anything at all."
    spans = split_passages(text)
    assert len(spans) >= 3
    assert all(e - s <= MAX_CHARS + len(sentence) for s, e in spans)
    assert text[spans[0][0]:spans[0][1]].startswith("Short heading")   # merged forward
