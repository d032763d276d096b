"""`reelcheck check` end to end as a user runs it: real subprocess, real files, real KB."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE = [sys.executable, "-m", "reelcheck.cli"]

ARTICLE = """Anora Sweeps the Oscars

Sean Bakker's Anora took home five Oscars at the 97th Academy Awards, held on March 2, 2025.
Mikey Maddison won the Oscar for Best Actress, and Yuri Borisof won Best Supporting Actor.
The film was directed by Sean Baker and shot by Drew Daniels. Ani, played by Mikey Madison,
marries Vanya (Mark Eydelstien) in Las Vegas. Karren Karagullian plays Toros.
Anora was released in US theaters on October 18, 2024. It was edited by Samantha Quan.
The 97th Academy Awards were broadcast on March 9, 2025.
"""


def run(args, stdin=None, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run(EXE + args, input=stdin, capture_output=True, cwd=ROOT, env=e,
                          timeout=120)


def test_json_report_flags_misspellings_and_verdicts(tmp_path, schema):
    art = tmp_path / "oscars.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = run(["check", "--format", "json", str(art)])
    assert p.returncode == 0, p.stderr.decode()
    report = json.loads(p.stdout)
    jsonschema.validate(report, schema)
    text = report["document"]["text"]
    assert text == ARTICLE  # plain text is the input exactly as decoded
    for item in report["claims"] + report["names"] + report["quotes"] + report["links"]:
        s, e = item["span"]
        assert text[s:e] == item["text"] or item["text"] in text[s - 1:e + 1]
    miss = {n["text"]: n["suggestion"] for n in report["names"] if n["issue"] == "misspelled"}
    assert miss == {"Sean Bakker": "Sean Baker", "Mikey Maddison": "Mikey Madison",
                    "Yuri Borisof": "Yura Borisov", "Mark Eydelstien": "Mark Eydelshteyn",
                    "Karren Karagullian": "Karren Karagulian"}
    by = {}
    for c in report["claims"]:
        by.setdefault(c["predicate"], []).append(c["verdict"])
    assert "supported" in by["award_count"]            # five Oscars (the film)
    assert by["award_received"].count("supported") >= 1  # Madison, Best Actress
    assert "refuted" in by["award_received"]           # Borisov did not win
    assert by["director"] == ["supported"] and by["director_of_photography"] == ["supported"]
    assert by["film_editor"] == ["refuted"]            # Baker edited it, not Quan
    assert set(by["played_by"]) == {"supported"} and len(by["played_by"]) == 3
    assert sorted(by["ceremony_date"]) == ["refuted", "supported"]
    assert by["release_date"] == ["supported"]
    refuted = [c for c in report["claims"] if c["verdict"] == "refuted"]
    assert all(c["evidence"] and c["evidence"][0]["source"] for c in refuted)
    assert report["summary"]["misspelled_names"] == 5


def test_text_format_puts_problems_first(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = run(["check", str(art), "--no-color"])
    out = p.stdout.decode()
    assert p.returncode == 0
    assert out.index("Problems") < out.index("Supported")
    assert "REFUTED" in out and "-> Mikey Madison" in out


def test_stdin_and_other_kb(tmp_path, default_kb):
    p = run(["check", "-", "--format", "json", "--kb", str(default_kb.path)],
            stdin="Anora was directed by Sean Baker.".encode())
    assert p.returncode == 0
    assert json.loads(p.stdout)["claims"][0]["verdict"] == "supported"


def file_with(name, data):
    def make(d):
        (d / name).write_bytes(data)
        return d / name
    return make


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (file_with("empty.txt", b""), "empty"),
    (file_with("blank.txt", b"  \n\t\n"), "empty"),
    (file_with("x.bin", bytes(range(256)) * 20), "binary"),
    (file_with("big.txt", b"Anora. " * (50 * 1024 * 1024 // 7)), "larger than"),
])
def test_bad_input_is_one_line_error(tmp_path, make, message):
    path = make(tmp_path)
    p = run(["check", str(path)])
    err = p.stderr.decode().strip()
    assert p.returncode == 2
    assert message in err and err.startswith("reelcheck: error:")
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_a_web_address_is_refused_without_fetching(tmp_path):
    for arg in ("https://example.com/review.html", "http://example.com/x"):
        p = run(["check", arg])
        err = p.stderr.decode().strip()
        assert p.returncode == 2 and len(err.splitlines()) == 1
        assert err.startswith(f"reelcheck: error: {arg}: ") and "does not fetch" in err


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path):
    art = tmp_path / "latin1.txt"
    art.write_bytes("Anora was directed by Sean Baker in M\u00e9xico.".encode("latin-1"))
    p = run(["check", "--format", "json", str(art)])
    assert p.returncode == 0
    assert "not valid UTF-8" in p.stderr.decode()
    assert "\ufffd" in json.loads(p.stdout)["document"]["text"]


def test_bad_kb_and_format_are_one_line_errors(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Anora was directed by Sean Baker.")
    for args in (["check", str(art), "--kb", str(tmp_path / "nope.sqlite")],
                 ["check", str(art), "--format", "pdf"]):
        p = run(args)
        assert p.returncode == 2 and len(p.stderr.decode().strip().splitlines()) == 1
