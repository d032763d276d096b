"""Wrong refutes hunted by composition: sentences built from facts the default KB holds, two
facts to a sentence in shapes where a slot can be bound to the wrong clause (relative clauses,
semicolons, "and" with a second subject, brackets, "N years after", ages). Every sentence is
true by construction, so any `refuted` verdict is a wrong refute; the script prints each one
and the count of verdicts.

    python benchmarks/compose_true_facts.py [--pairs 60] [--seed 1] [--family all]

The shapes are the project's own words; the facts are the KB's (the Academy's record of acting
and directing wins at ceremonies 50-97, the Palme d'Or list, birth dates, ceremony dates).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

PEOPLE_PRIZES = {"academy-award-for-best-actor", "academy-award-for-best-actress",
                 "academy-award-for-best-supporting-actor",
                 "academy-award-for-best-supporting-actress", "academy-award-for-best-director"}


def oscar_wins(kb) -> list[dict]:
    """One row per acting or directing win at ceremonies 50-97 with the film named."""
    born = {f.subject: f.value for f in kb.facts(predicate="date_of_birth")
            if len(str(f.value)) == 10 and not f.disputed}
    held = {f.subject: f.value for f in kb.facts(predicate="ceremony_date")
            if len(str(f.value)) == 10}
    rows = []
    for f in kb.facts(predicate="award_received"):
        q = f.qualifiers or {}
        night = q.get("ceremony", "")
        if f.value not in PEOPLE_PRIZES or not q.get("film_title") \
                or not night.endswith("academy-awards"):
            continue
        nth = night.split("-")[0]
        if not 50 <= int(nth[:-2]) <= 97:
            continue
        row = dict(p=kb.label(f.subject), cat=kb.label(f.value).replace("Academy Award for ", ""),
                   film=q["film_title"], nth=nth, y=int(q["year"]),
                   fy=int(q.get("eligibility_year") or int(q["year"]) - 1), age=None)
        if f.subject in born and night in held:
            b, d = dt.date.fromisoformat(born[f.subject]), dt.date.fromisoformat(held[night])
            row["age"] = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        rows.append(row)
    return rows


def palme_wins(kb) -> list[dict]:
    rows = []
    for f in kb.facts(predicate="award_received"):
        got = (f.qualifiers or {}).get("recipients") or []
        if f.value == "palme-d-or" and len(got) == 1 and kb.entity(got[0]) is not None:
            rows.append(dict(film=kb.label(f.subject), y=int(f.qualifiers["year"]),
                             d=kb.label(got[0])))
    return rows


def oscar_shapes(a: dict, b: dict) -> list[str]:
    gap = b["y"] - a["y"]
    out = [
        f"{a['p']} won {a['cat']} for {a['film']} at the {a['nth']} Academy Awards in {a['y']}.",
        f"In {a['y']}, {a['p']} won {a['cat']} for {a['film']}; {b['p']} won {b['cat']} in "
        f"{b['y']} for {b['film']}.",
        f"{a['p']}, who won {a['cat']} for {a['film']} in {a['y']}, handed the {b['cat']} Oscar "
        f"to {b['p']} at the {b['nth']} ceremony.",
        f"{a['p']} ({a['film']}, {a['fy']}) and {b['p']} ({b['film']}, {b['fy']}) are both "
        f"Oscar winners.",
        f"The {a['nth']} Academy Awards gave {a['cat']} to {a['p']} for {a['film']}, while the "
        f"{b['nth']} gave {b['cat']} to {b['p']}.",
        f"{a['film']} earned {a['p']} the Oscar for {a['cat']} in {a['y']}, and {b['film']} "
        f"did the same for {b['p']} in {b['y']}.",
        f"Like {a['p']}, who won for {a['film']} at the {a['nth']} Oscars, {b['p']} won "
        f"{b['cat']} for {b['film']}.",
        f"{b['p']} won {b['cat']} at the {b['nth']} Academy Awards for {b['film']}; "
        f"{a['p']} had won {a['cat']} in {a['y']}.",
    ]
    if gap > 1:
        out.append(f"{b['p']} took {b['cat']} for {b['film']} in {b['y']}, {gap} years after "
                   f"{a['p']} won {a['cat']} for {a['film']}.")
    if a["age"] and b["age"]:
        out.append(f"When {b['p']} won {b['cat']} at the age of {b['age']}, {a['p']} had won "
                   f"{a['cat']} for {a['film']} at {a['age']}.")
        out.append(f"At {a['age']}, {a['p']} took home {a['cat']} for {a['film']}.")
    return out


def palme_shapes(p: dict, q: dict) -> list[str]:
    out = [
        f"{p['film']}, which won the Palme d'Or in {p['y']}, was directed by {p['d']}.",
        f"{p['d']} won the Palme d'Or for {p['film']} in {p['y']}, and {q['d']} won it for "
        f"{q['film']} in {q['y']}.",
        f"{p['film']} ({p['y']}) and {q['film']} ({q['y']}) both won the Palme d'Or.",
    ]
    if q["y"] - p["y"] > 1:
        out.append(f"{q['d']}'s {q['film']} took the Palme d'Or in {q['y']}, "
                   f"{q['y'] - p['y']} years after {p['d']} won it with {p['film']}.")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--family", choices=("all", "oscars", "palme"), default="all")
    args = ap.parse_args(argv)
    import reelcheck
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    rng = random.Random(args.seed)
    sentences = []
    wins, palmes = oscar_wins(kb), palme_wins(kb)
    for _ in range(args.pairs):
        if args.family in ("all", "oscars"):
            a, b = sorted(rng.sample(wins, 2), key=lambda r: r["y"])
            sentences += oscar_shapes(a, b)
        if args.family in ("all", "palme"):
            p, q = sorted(rng.sample(palmes, 2), key=lambda r: r["y"])
            sentences += palme_shapes(p, q)
    verdicts, wrong = collections.Counter(), 0
    for s in sentences:
        for c in reelcheck.check(s, kb=kb).claims:
            verdicts[c.verdict] += 1
            if c.verdict == "refuted":
                wrong += 1
                print(f"WRONG REFUTE: {s}\n    {c.text!r}: {c.explanation}")
    print(f"{len(sentences)} true sentences, verdicts {dict(sorted(verdicts.items()))}, "
          f"wrong refutes {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
