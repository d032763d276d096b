"""The same article gives the same report in every process: nothing may depend on Python's
per-process string hashing (set order), or batch engines and re-runs would disagree."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import glob, json, sys
import reelcheck
out = []
for f in sorted(glob.glob(sys.argv[1] + '/*/articles/*.txt')):
    out.append(reelcheck.check(open(f, encoding='utf-8').read()).to_dict()['claims'])
print(json.dumps(out, sort_keys=True))
"""


def run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], env=env,
                          capture_output=True, text=True, check=True, timeout=300).stdout


def test_reports_do_not_depend_on_hash_seed():
    first = run("1")
    assert first.strip().startswith("[[")
    assert run("2") == first
    assert run("12345") == first
