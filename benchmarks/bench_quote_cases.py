"""Score the quote checker on the project's own labelled quote cases (tests/quotes/data).

    python benchmarks/bench_quote_cases.py [--json]

Builds the small test KB and trusted-source store in a temporary folder, checks every case
article and prints, per case, whether each expected quote was found with the right span,
speaker and verdict; then the totals. A quote reported where none is expected (a scare quote,
a title, a headline) counts as an error.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "helpers"))

from quote_cases import run_cases  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        score = run_cases(Path(tmp))
    rows = [{"case": o.case, "shape": o.shape, "quote": o.expected["quote"],
             "speaker": o.expected["speaker"], "verdict": o.expected["verdict"],
             "got_speaker": o.speaker, "got_verdict": o.verdict if o.found else "not found",
             "right": o.right} for o in score.outcomes]
    speakers = sum(1 for o in score.outcomes if o.found and o.speaker == o.expected["speaker"])
    verdicts = sum(1 for o in score.outcomes if o.found and o.verdict == o.expected["verdict"])
    summary = {"expected_quotes": len(score.outcomes), "cases": len({o.case for o in
                                                                     score.outcomes}),
               "right": score.correct, "total": score.total,
               "accuracy": round(score.correct / score.total, 3) if score.total else None,
               "speaker_right": speakers, "verdict_right": verdicts,
               "reported_but_not_quotes": score.extra}
    if a.json:
        print(json.dumps({"summary": summary, "quotes": rows}, indent=1))
        return 0
    print("| case | expected speaker | expected verdict | got | |")
    print("| --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['case']} | {r['speaker'] or 'unknown'} | {r['verdict']} | "
              f"{r['got_speaker'] or 'unknown'} / {r['got_verdict']} | "
              f"{'ok' if r['right'] else 'WRONG'} |")
    for cid, text in score.extra:
        print(f"| {cid} | (none) | (not a quote) | reported “{text}” | WRONG |")
    print(f"\n{score.correct}/{score.total} right (span, speaker and verdict); speakers "
          f"{speakers}/{len(score.outcomes)}, verdicts {verdicts}/{len(score.outcomes)}; "
          f"{len(score.extra)} non-quotes reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
