"""The command line as a new user meets it: --version, -h, bare groups, usage errors in one
line, output paths checked first, a damaged KB cache rebuilt, a text report that fits."""
from __future__ import annotations

import fcntl
import json
import os
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from reelcheck import __version__

ROOT = Path(__file__).resolve().parents[2]
EXE = [sys.executable, "-m", "reelcheck.cli"]

# Written for these tests: a refuted credit with a long source URL, one piracy link, a
# misspelled name.
ARTICLE = ("Anora was edited by Samantha Quan, and Sean Bakker directed it. Stream the whole "
           "thing free at fmovies-hd.to tonight, no sign-up needed.\n")


def run(args, env=None, stdin=None):
    e = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    e.update(env or {})
    return subprocess.run(EXE + args, capture_output=True, text=True, cwd=ROOT, env=e,
                          timeout=300, input=stdin)


def test_version():
    for flag in ("--version", "-V"):
        p = run([flag])
        assert p.returncode == 0 and p.stdout.strip() == f"reelcheck {__version__}"


@pytest.mark.parametrize("args", [[], ["kb"], ["sources"], ["config"]])
def test_a_bare_group_prints_its_help(args):
    p = run(args)
    assert p.returncode == 0, p.stderr
    assert "Usage:" in p.stdout and "error" not in p.stderr.lower()
    assert p.stdout.count("Usage:") == 1


@pytest.mark.parametrize("args", [["-h"], ["check", "-h"], ["kb", "build", "-h"],
                                  ["sources", "add", "-h"], ["batch", "-h"],
                                  ["config", "show", "-h"]])
def test_dash_h_is_help_everywhere(args):
    p = run(args)
    assert p.returncode == 0, p.stderr
    assert "Usage:" in p.stdout and p.stderr == ""


@pytest.mark.parametrize("args, words", [
    (["check", "--formt", "json", "a.txt"], "No such option: --formt"),
    (["check"], "Missing argument"),
    (["kb", "lookup"], "Missing argument"),
    (["no-such-command"], "No such command"),
    (["batch", "x.jsonl", "-o", "o.jsonl", "--workers", "many"], "--workers"),
])
def test_usage_errors_are_one_line_with_exit_2(args, words):
    p = run(args)
    assert p.returncode == 2
    err = p.stderr.strip()
    assert err.startswith("reelcheck: error:") and len(err.splitlines()) == 1, err
    assert words in err and "internal error" not in err and "Traceback" not in err


def test_output_path_is_checked_before_any_work(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"  # the default KB would be built here if the check had started
    p = run(["check", str(art), "-o", "/nonexistent/x/report.txt"],
            env={"REELCHECK_CACHE": str(cache), "REELCHECK_HOME": str(tmp_path / "home")})
    assert p.returncode == 2
    assert p.stderr.strip() == "reelcheck: error: output folder does not exist: /nonexistent/x"
    assert not cache.exists() or not any(cache.glob("*.sqlite"))
    p = run(["check", str(art), "-o", str(tmp_path)])
    assert p.returncode == 2 and "output is a directory" in p.stderr


def test_a_damaged_default_kb_cache_is_rebuilt(tmp_path):
    env = {"REELCHECK_CACHE": str(tmp_path / "cache"), "REELCHECK_HOME": str(tmp_path / "home")}
    art = tmp_path / "a.txt"
    art.write_text("Anora was directed by Sean Baker.\n", encoding="utf-8")
    p = run(["check", str(art), "--format", "json"], env=env)
    assert p.returncode == 0, p.stderr
    [cached] = (tmp_path / "cache").glob("default-*.sqlite")
    cached.write_bytes(b"")  # a full disk, a killed copy...
    p = run(["check", str(art), "--format", "json"], env=env)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["claims"][0]["verdict"] == "supported"
    assert cached.stat().st_size > 0


@pytest.mark.parametrize("name, data", [
    ("fifo", None), ("dev-zero", None),
    ("utf16.txt", ("\ufeff" + ARTICLE).encode("utf-16-le")),
    ("utf32.txt", ARTICLE.encode("utf-32")),
])
def test_special_files_and_bom_encodings(tmp_path, name, data):
    if name == "fifo":
        path = tmp_path / "a.txt"
        os.mkfifo(path)
    elif name == "dev-zero":
        path = Path("/dev/zero")
    else:
        path = tmp_path / name
        path.write_bytes(data)
    p = run(["check", str(path), "--format", "json"])
    if data is None:
        assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1
        assert "not a regular file" in p.stderr
    else:
        assert p.returncode == 0, p.stderr
        assert json.loads(p.stdout)["document"]["text"] == ARTICLE


def _run_in_terminal(args, columns: int) -> str:
    """Run the CLI with its stdout on a pseudo-terminal `columns` wide; returns the output."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(EXE + args, stdout=slave, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            b = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not b:
            break
        chunks.append(b)
    proc.wait(timeout=300)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


URL = re.compile(r"https?://[^\s\]]+")


@pytest.mark.parametrize("columns", [60, 132])
def test_text_report_fits_the_terminal_and_never_cuts_a_url(tmp_path, columns):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    report = json.loads(run(["check", str(art), "--format", "json"]).stdout)
    urls = {e["source"] for c in report["claims"] for e in c["evidence"] if e.get("source")}
    assert urls, "the article should have a refuted claim with a source"
    out = _run_in_terminal(["check", str(art), "--no-color"], columns)
    lines = out.splitlines()
    for line in lines:
        assert line == line.rstrip(), repr(line)          # no trailing spaces
        if len(line) > columns:                            # only a URL too long for any line
            assert URL.search(line) and len(line.split()) == 1, line
    shown = set(URL.findall(out))
    assert urls <= shown, urls - shown                     # every source URL whole
    if columns == 132:
        assert any(len(line) > 100 for line in lines)     # not wrapped at 100 regardless


def test_text_report_to_a_pipe_is_not_hard_wrapped_and_counts_are_plural_right(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = run(["check", str(art), "--no-color"])
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert all(line == line.rstrip() for line in lines)
    report = json.loads(run(["check", str(art), "--format", "json"]).stdout)
    for c in report["claims"]:  # each explanation on one line, whole
        assert any(c["explanation"] in line for line in lines), c["explanation"]
    summary = next(line for line in lines if " claim" in line and "refuted" in line)
    assert report["summary"]["bad_links"] == 1 and "1 bad link;" not in summary
    assert summary.endswith("1 bad link") and "1 bad links" not in summary
    assert "1 misspelled name;" in summary


def test_plural():
    from reelcheck.report.text import plural, wrap
    assert [plural(n, "bad link") for n in (0, 1, 2)] == ["0 bad links", "1 bad link",
                                                           "2 bad links"]
    long_url = "https://example.org/" + "a" * 80
    assert wrap(f"see {long_url} for more", 30) == ["see", long_url, "for more"]
    assert wrap("", 30) == [] and wrap("a  b ", None) == ["a b"]
