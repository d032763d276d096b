"""Score reelcheck on ../shared/realdev, both halves of the fixed split and the whole set.

    python benchmarks/bench_realdev.py [--shared ../shared] [--json]

Runs `reelcheck eval` (the same code path) on each half with the realdev trusted sources indexed
in a temporary store, and prints one table. Needs ../shared (a user's clone does not have it: the
script then says so and exits 0).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLIT = json.loads((HERE / "realdev_split.json").read_text())


def _subset(realdev: Path, ids: list[str], out: Path) -> Path:
    files = {f"{i}.txt" for i in ids}
    out.mkdir(parents=True, exist_ok=True)
    with open(realdev / "labels.jsonl") as src, open(out / "labels.jsonl", "w") as dst:
        for line in src:
            if line.strip() and json.loads(line)["article"] in files:
                dst.write(line)
    man = json.loads((realdev / "manifest.json").read_text())
    man["articles"] = [a for a in man["articles"] if a["file"] in files]
    (out / "manifest.json").write_text(json.dumps(man))
    return out / "labels.jsonl"


def _eval(labels: Path, articles: Path, env: dict) -> dict:
    exe = Path(sys.executable).with_name("reelcheck")
    out = subprocess.run([str(exe), "eval", str(labels), "--articles", str(articles), "--json",
                          "--misses", "0"], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def _row(name: str, d: dict) -> str:
    c, n, q = d["claims"]["overall"], d["names"]["misspelled"], d["quotes"]
    f = lambda x: "-" if x is None else "%.2f" % x  # noqa: E731
    r, s = c["refuted"], c["supported"]
    return (f"| {name} | {f(r['precision'])} / {f(r['recall'])} | {f(s['precision'])} / "
            f"{f(s['recall'])} | {f(n['precision'])} / {f(n['recall'])} | "
            f"{q['correct']}/{q['total']} |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    realdev = Path(a.shared) / "realdev"
    if not (realdev / "labels.jsonl").is_file():
        print(f"no realdev set at {realdev}: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, REELCHECK_HOME=str(Path(tmp) / "home"))
        exe = Path(sys.executable).with_name("reelcheck")
        trusted = realdev / "trusted" / "sources.jsonl"
        if trusted.is_file():
            subprocess.run([str(exe), "sources", "add", str(trusted)], env=env, check=True,
                           capture_output=True)
        results = {}
        for half in ("measure", "develop"):
            labels = _subset(realdev, SPLIT[half], Path(tmp) / half)
            results[half] = _eval(labels, realdev / "articles", env)
        results["all 40"] = _eval(realdev / "labels.jsonl", realdev / "articles", env)
    if a.json:
        print(json.dumps(results, indent=1))
        return 0
    print("| realdev | refuted P / R | supported P / R | misspelled P / R | quotes right |")
    print("| --- | --- | --- | --- | --- |")
    names = {"measure": "measured-only half (20)", "develop": "develop half (20)"}
    for k, d in results.items():
        print(_row(names.get(k, k), d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
