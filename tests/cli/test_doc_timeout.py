"""`reelcheck check --doc-timeout`: a check over its budget is stopped (its worker process is
killed) with a one-line error; within the budget the report is the same as without one."""
from __future__ import annotations

import json
import os
import subprocess
import sys

ARTICLE = " ".join(
    f"Sean Baker directed Anora. Yura Borisov won the Oscar for Best Supporting Actor in "
    f"round {i}. The crew shot scenes in Brooklyn for {i + 2} days and then moved on."
    for i in range(30)) + "\n"


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "reelcheck.cli", *args], capture_output=True,
                          cwd=cwd, env=dict(os.environ), timeout=300)


def test_over_budget_is_stopped_with_one_line(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = run(["check", str(art), "--doc-timeout", "0.001"], tmp_path)
    err = p.stderr.decode().strip()
    assert p.returncode == 2 and not p.stdout
    assert err == ("reelcheck: error: the check took longer than the 0.001 s limit "
                   "(--doc-timeout) and was stopped")


def test_budget_from_the_config(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "reelcheck.toml").write_text("[check]\ndoc_timeout_s = 0.001\n", encoding="utf-8")
    p = run(["check", str(art)], tmp_path)
    assert p.returncode == 2 and "0.001 s limit" in p.stderr.decode()


def test_within_budget_the_report_is_unchanged(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    plain = run(["check", str(art), "--format", "json"], tmp_path)
    budget = run(["check", str(art), "--format", "json", "--doc-timeout", "600"], tmp_path)
    assert plain.returncode == 0 and budget.returncode == 0, budget.stderr.decode()
    assert json.loads(plain.stdout)["claims"] == json.loads(budget.stdout)["claims"]
    assert json.loads(budget.stdout)["summary"]["claims"] > 0


def test_bad_budget_values_are_one_line_errors(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    p = run(["check", str(art), "--doc-timeout", "0"], tmp_path)
    assert p.returncode == 2 and p.stderr.decode().startswith("reelcheck: error:")
    (tmp_path / "reelcheck.toml").write_text('[check]\ndoc_timeout_s = "soon"\n',
                                             encoding="utf-8")
    p = run(["check", str(art)], tmp_path)
    err = p.stderr.decode().strip()
    assert p.returncode == 2 and "doc_timeout_s must be a positive number" in err
    assert "\n" not in err
