"""Which trusted-source store a check reads, named in the open: `check --sources FILE`, the
config key `sources_store`, the per-user default; every report format says which store was
used and how many documents it holds. Every store here lives in the test's own temporary
folder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from quote_cases import DATA, build_lantern_kb

ROOT = Path(__file__).resolve().parents[2]
EXE = [sys.executable, "-m", "reelcheck.cli"]
ARTICLE = ("Ilse Varga looked back on the shoot. \"We built the lighthouse set twice because "
           "the first one blew away in a storm,\" Varga said.\n")


def run(args, tmp_path, **kw):
    env = dict(os.environ, REELCHECK_HOME=str(tmp_path / "home"))
    return subprocess.run(EXE + args, capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=180, **kw)


@pytest.fixture
def setup_files(tmp_path):
    kb = build_lantern_kb(tmp_path / "kb.sqlite")
    art = tmp_path / "article.txt"
    art.write_text(ARTICLE)
    return kb.path, art


def test_tests_never_touch_the_users_store():
    home = Path(os.environ["REELCHECK_HOME"]).resolve()
    assert str(home).startswith(str(Path(tempfile.gettempdir()).resolve()))
    from reelcheck.sources import user_sources_path
    assert user_sources_path().parent == home


def test_check_sources_flag_picks_the_store_and_every_format_names_it(tmp_path, setup_files):
    kb, art = setup_files
    store = tmp_path / "press.sqlite"
    add = run(["sources", "add", "--store", str(store), "--kb", str(kb),
               str(DATA / "trusted.jsonl")], tmp_path)
    assert add.returncode == 0, add.stderr
    assert f"store: {store}" in add.stdout and "indexed 3 document(s)" in add.stdout
    assert not (tmp_path / "home" / "sources.sqlite").exists()   # the user store is untouched

    out = run(["check", str(art), "--kb", str(kb), "--sources", str(store), "--format", "json"],
              tmp_path)
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["summary"]["sources"] == f"{store} (3 documents)"
    (q,) = d["quotes"]
    assert q["verdict"] == "verified" and q["speaker"]["label"] == "Ilse Varga"
    assert "credits Ilse Varga" in q["explanation"]
    for fmt, needle in (("text", f"Trusted sources: {store} (3 documents)"),
                        ("md", "trusted sources: "), ("html", "trusted sources: ")):
        o = run(["check", str(art), "--kb", str(kb), "--sources", str(store), "--format", fmt],
                tmp_path)
        assert o.returncode == 0, o.stderr
        assert needle in o.stdout and "3 documents" in o.stdout, fmt
        assert "credits Ilse Varga" in o.stdout, fmt       # the quote's explanation too


def test_config_key_names_the_store(tmp_path, setup_files):
    kb, art = setup_files
    run(["sources", "add", "--store", str(tmp_path / "cfg-store.sqlite"), "--kb", str(kb),
         str(DATA / "trusted.jsonl")], tmp_path)
    cfg = tmp_path / "reelcheck.toml"
    cfg.write_text('sources_store = "cfg-store.sqlite"\n')       # relative to the config file
    out = run(["check", str(art), "--kb", str(kb), "--config", str(cfg), "--format", "json"],
              tmp_path)
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["summary"]["sources"] == f"{tmp_path / 'cfg-store.sqlite'} (3 documents)"
    assert d["quotes"][0]["verdict"] == "verified"
    shown = run(["config", "show", "--config", str(cfg)], tmp_path)
    assert f"sources_store = '{tmp_path / 'cfg-store.sqlite'}'" in shown.stdout


def test_default_store_is_the_per_user_one_and_says_so(tmp_path, setup_files):
    kb, art = setup_files
    out = run(["check", str(art), "--kb", str(kb), "--format", "json"], tmp_path)
    d = json.loads(out.stdout)
    assert d["summary"]["sources"].startswith("none (no documents in ")
    assert str(tmp_path / "home" / "sources.sqlite") in d["summary"]["sources"]
    assert d["quotes"][0]["verdict"] == "unsourced"
    run(["sources", "add", "--kb", str(kb), str(DATA / "trusted.jsonl")], tmp_path)
    # --kb as the target of `sources add` writes into that KB file: the check finds them there
    d = json.loads(run(["check", str(art), "--kb", str(kb), "--format", "json"],
                       tmp_path).stdout)
    assert d["summary"]["sources"] == f"{kb} (3 documents)"
    assert d["quotes"][0]["verdict"] == "verified"


def test_a_missing_store_is_a_warning_not_a_crash(tmp_path, setup_files):
    kb, art = setup_files
    out = run(["check", str(art), "--kb", str(kb), "--sources", str(tmp_path / "nope.sqlite"),
               "--format", "json"], tmp_path)
    assert out.returncode == 0
    d = json.loads(out.stdout)
    assert d["summary"]["sources"].startswith("none (sources file not found")
    assert "trusted sources not used" in out.stderr
