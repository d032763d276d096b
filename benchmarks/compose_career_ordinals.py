"""Career ordinals and counts over the whole Oscar record, composed: for people with two or
more Oscar wins (every category, every ceremony the KB holds), sentences that state which win
a prize was ("his second Oscar", "a third statuette"), or how many ("a three-time winner",
"won four Oscars", "a five-time nominee"), each with mutants that change one slot (the
ordinal, the film among the person's own wins, the count, the year).

    python benchmarks/compose_career_ordinals.py [--people 30] [--seed 1] [--shape NAME] [-v]

A true sentence must never be refuted; a mutant must never be supported. The script tabulates,
by shape, true-supported / true-NEI / true-refuted(!) and mutant-refuted / mutant-NEI /
mutant-supported(!), and prints each wrong verdict. The shapes are the project's own words;
the facts are the KB's.

How wins and nominations are counted here (the generator's truth):
- a win is an `award_received` fact of the Academy Awards family that names the person (as
  its subject or among its recipients); one win per (category, ceremony, work);
- honorary and other board awards (Honorary, Thalberg, Hersholt, scientific, special) are
  Oscars too, so a person holding one is used for count shapes only when the sentence can
  not be read two ways: people with any non-competitive award are left out altogether;
- a shared nomination (several recipients) counts once for each person it names;
- a nomination is a (category, ceremony, work, piece) the person is named in, as a nomination
  or a win; two works (or two songs of one film) in one category on one night are two;
- a category renamed over the years is one prize per ceremony whatever its label;
- ordinals are composed only for people whose wins fall on distinct ceremonies (two prizes
  one night leave their order open).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth"]
NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve"] + [str(n) for n in range(13, 100)]

# what a category's win is "for" in a possessive ("Oppenheimer's score")
CRAFT = {"score": "score", "song": "song", "screenplay": "screenplay", "editing": "editing",
         "cinematography": "cinematography", "sound": "sound", "costume": "costumes",
         "makeup": "makeup", "production design": "production design", "art direction": "sets",
         "visual effects": "visual effects", "director": "direction"}


def _ord_suffix(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def careers(kb) -> list[dict]:
    """People with 2+ Oscar wins and no board award, with their wins and nominations."""
    from reelcheck.kb.awards import award_family
    from reelcheck.verify.counts import competitive
    fam_of = {}

    def oscar(a):
        if a not in fam_of:
            fam_of[a] = award_family(kb, a) == "academy-awards"
        return fam_of[a]

    def work(f):
        q = f.qualifiers
        if q.get("for_work"):
            return kb.label(q["for_work"])
        e = kb.entity(f.subject)
        if e is not None and e.type == "film":
            return e.label
        return q.get("film_title")

    def people(f):
        out = list(f.qualifiers.get("recipients") or [])
        e = kb.entity(f.subject)
        if e is not None and e.type == "person":
            out.append(f.subject)
        return [p for p in dict.fromkeys(out) if getattr(kb.entity(p), "type", "") == "person"]

    wins, noms, board = collections.defaultdict(dict), collections.defaultdict(dict), set()
    for pred, into in (("award_received", wins), ("nominated_for", noms)):
        for f in kb.facts(predicate=pred):
            q = f.qualifiers or {}
            if f.disputed or not oscar(f.value) or not q.get("ceremony") or not q.get("year"):
                continue
            for p in people(f):
                if not competitive(kb, f.value):
                    board.add(p)
                key = (f.value, q["ceremony"], work(f), q.get("detail"))
                into[p][key] = dict(award=f.value, cat=kb.label(f.value).replace(
                    "Academy Award for ", ""), film=work(f), nth=q["ceremony"].split("-")[0],
                    y=int(q["year"]), n=len(people(f)))
                if pred == "award_received":
                    noms[p][key] = into[p][key]
    out = []
    for p, ws in wins.items():
        if len(ws) < 2 or p in board:
            continue
        rows = sorted(ws.values(), key=lambda r: r["y"])
        out.append(dict(id=p, name=kb.label(p), wins=rows, noms=len(noms[p]),
                        distinct=len({r["y"] for r in rows}) == len(rows),
                        all_films=all(r["film"] for r in rows)))
    return sorted(out, key=lambda r: r["id"])


def _pron(person: dict) -> str:
    cats = " ".join(r["cat"] for r in person["wins"])
    if "Actress" in cats:
        return "her"
    if "Actor" in cats:
        return "his"
    return "his"   # (the KB holds no gender; a pronoun the checker does not check)


def _craft(cat: str):
    low = cat.lower()
    return next((v for k, v in CRAFT.items() if k in low), None)


def ordinal_shapes(p: dict, k: int, r: dict, film: str, year: int, nth: str):
    """Sentences saying the k-th win was `r`'s, with film/year/night as given."""
    P, h, o = p["name"], _pron(p), ORD[k]
    craft = _craft(r["cat"])
    out = {
        "for_film": f"{P} won {h} {o} Oscar for {film}.",
        "statuette_for": f"{P} collected a {o} statuette for {film}.",
        "academy_award_year": f"{P} won {h} {o} Academy Award in {year}.",
        "at_ceremony": f"{P} took home {h} {o} Oscar at the {nth} Academy Awards.",
        "film_earned": f"{film} earned {P} a {o} Oscar.",
        "relative": f"{P}, who won {h} {o} Oscar for {film}, has kept working steadily since.",
        "apposition_cat": f"{P} won {r['cat']} for {film}, {h} {o} Oscar.",
        "headline": f"{P} Wins {o.title()} Oscar For {film}",
        "fronted_for": f"For {film}, {P} won a {o} Academy Award.",
        "possessive_came": f"{P}'s {o} Oscar came for {film}.",
        "year_for": f"In {year}, {P} won {h} {o} Oscar, for {film}.",
        "cat_ordinal": f"{P} won {h} {o} Oscar, for {r['cat']}, in {year}.",
        "earned_him": f"{film} earned {P} {h} {o} Academy Award.",
        "passive_ordinal": f"{P}'s {o} Oscar was awarded for {film}.",
        "participle": f"Having won {h} {o} Oscar for {film}, {P} kept working.",
    }
    if craft:
        out["possessive_craft"] = f"{P} won {h} {o} Oscar for {film}'s {craft}."
    return out


def count_shapes(p: dict, n: int, m: int):
    P, h = p["name"], _pron(p)
    out = {
        "won_n": f"{P} has won {NUM[n]} Oscars.",
        "n_time_winner": f"{P} is a {NUM[n]}-time Oscar winner.",
        "n_time_appos": f"{P}, a {NUM[n]}-time Academy Award winner, spoke to the press.",
        "n_time_modifier": f"{NUM[n].title()}-time Oscar winner {P} was in the audience.",
        "n_time_nominee": f"{P} is a {NUM[m]}-time Oscar nominee.",
        "noms_count": f"{P} has received {NUM[m]} Academy Award nominations over {h} career.",
        "won_times": f"{P} has won the Oscar {_times(n)}.",
        "relative_count": f"The ceremony honoured {P}, who has won {NUM[n]} Academy Awards.",
        "headline_count": f"{P}, Winner Of {NUM[n].title()} Oscars, Dies",
    }
    return out


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{NUM[n]} times")


def compose(p: dict, rng: random.Random):
    """(shape, kind, sentence, mutated word) rows for one person: kind is 'true' or 'mutant'."""
    rows = []
    ws = p["wins"]
    if p["distinct"] and p["all_films"] and len(ws) < len(ORD) - 1:
        k = rng.randrange(1, len(ws) + 1)
        r = ws[k - 1]
        films = [w["film"] for w in ws]
        true = ordinal_shapes(p, k, r, r["film"], r["y"], _ord_suffix(int(r["nth"][:-2])))
        other_k = k + 1 if k < len(ws) else k - 1
        wrong_ord = ordinal_shapes(p, other_k, r, r["film"], r["y"],
                                   _ord_suffix(int(r["nth"][:-2])))
        other_film = [f for f in films if f != r["film"]]
        # a year no win of theirs was held or honoured films in (a films' year is a reading
        # writers use: "won in 1989" for the 1990 ceremony)
        shift = rng.choice((-3, 3))
        taken = {w["y"] for w in ws} | {w["y"] - 1 for w in ws}
        y2 = r["y"] + shift
        while y2 in taken:
            y2 += shift
        n2 = int(r["nth"][:-2]) + (y2 - r["y"])
        wrong_year = ordinal_shapes(p, k, r, r["film"], y2, _ord_suffix(n2))
        wrong_film = ordinal_shapes(p, k, r, other_film[0], r["y"],
                                    _ord_suffix(int(r["nth"][:-2]))) if other_film else {}
        for shape, s in true.items():
            rows.append((shape, "true", s, ORD[k]))
            rows.append((shape, "mut-ord", wrong_ord[shape], ORD[other_k]))
            if str(r["y"]) in s or r["nth"] in s:
                rows.append((shape, "mut-year", wrong_year[shape],
                             str(y2) if str(r["y"]) in s else _ord_suffix(n2)))
            elif r["film"] in s and wrong_film:
                rows.append((shape, "mut-film", wrong_film[shape], other_film[0]))
    n, m = len(ws), p["noms"]
    true = count_shapes(p, n, m)
    bump = rng.choice((-1, 1)) if n > 2 else 1
    mbump = rng.choice((-1, 1)) if m > n else 1
    mutant = count_shapes(p, n + bump, m + mbump) if n + bump < len(NUM) and \
        m + mbump < len(NUM) else {}
    for shape, s in true.items():
        if m >= len(NUM) and "nomin" in s:
            continue
        if n >= len(NUM):
            continue
        rows.append((shape, "true", s, None))
        if shape in mutant:
            rows.append((shape, "mut-count", mutant[shape],
                         NUM[m + mbump] if "nomin" in s else NUM[n + bump]))
    return rows


def run(kb, people, rng, shape=None, verbose=False, out=print):
    """Check each composed sentence of `people`: (table by shape, wrong verdicts)."""
    import reelcheck
    table = collections.defaultdict(collections.Counter)
    wrong = []
    for p in people:
        for name, kind, s, word in compose(p, rng):
            if shape and name != shape:
                continue
            claims = reelcheck.check(s, kb=kb).claims
            got = judge(kind, claims, word)
            side = "true" if kind == "true" else "mutant"
            table[name][f"{side}-{got}"] += 1
            bad = (side == "true" and got == "refuted") or (side == "mutant" and got == "supported")
            if bad:
                wrong.append((kind, s, [(c.verdict, c.text, c.explanation) for c in claims]))
            if bad or (verbose and got == "nei"):
                out(f"{'WRONG ' if bad else ''}{kind} {got.upper()}: {s}")
                for c in claims:
                    out(f"    {c.verdict} {c.category} {c.text!r}: {c.explanation}")
    return table, wrong


def judge(kind: str, claims, word) -> str:
    """One sentence's outcome: refuted / supported / nei, where a mutant counts as supported
    only when a supported claim's text holds the changed word (other claims of the sentence
    may be true)."""
    if any(c.verdict == "refuted" for c in claims):
        return "refuted"
    if kind == "true":
        return "supported" if any(c.verdict == "supported" for c in claims) else "nei"
    w = (word or "").lower()
    # (a bare date claim, "1969" held by some ceremony, says nothing of the prize)
    if any(c.verdict == "supported" and w and w in c.text.lower() and c.category != "date"
           for c in claims):
        return "supported"
    return "nei"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shape", default=None)
    ap.add_argument("--ids", default=None, help="comma-separated KB ids of the people to use")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every NEI as well")
    args = ap.parse_args(argv)
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    rng = random.Random(args.seed)
    people = careers(kb)
    pick = [p for p in people if p["id"] in args.ids.split(",")] if args.ids else \
        rng.sample(people, min(args.people, len(people)))
    table, wrong = run(kb, pick, rng, args.shape, args.verbose)
    cols = ["true-supported", "true-nei", "true-refuted", "mutant-refuted", "mutant-nei",
            "mutant-supported"]
    print(f"{'shape':20}" + "".join(f"{c:>17}" for c in cols))
    total = collections.Counter()
    for shape in sorted(table):
        total.update(table[shape])
        print(f"{shape:20}" + "".join(f"{table[shape][c]:>17}" for c in cols))
    print(f"{'ALL':20}" + "".join(f"{total[c]:>17}" for c in cols))
    print(f"{len(people)} people with 2+ wins; {len(pick)} sampled; wrong verdicts {len(wrong)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
