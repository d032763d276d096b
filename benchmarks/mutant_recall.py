"""Refuted recall on one-slot mutants: true sentences about facts the default KB holds
completely, each paired with a mutant that changes one slot (year, ceremony ordinal, count,
category, director, co-star, festival, city, runtime, gross, month, character, prize).
The true sentence must not be refuted; the mutant should be. Prints a table of mutant
verdicts (refuted / not_enough_info / no claim / supported) per slot kind and the lines
that are not refuted.

    python benchmarks/mutant_recall.py [--seed 3] [--rows 12] [--show nei,none,supported]

Shapes are the project's own words; facts come from the default KB (the Anora factsheet and
the Academy's record of acting and directing wins, read through compose_true_facts).
"""
from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# (slot kind, register, true sentence, mutant) -- Anora facts from the factsheet
ANORA = [
    ("director", "trade", "Anora, directed by Sean Baker, opens in theaters this week.",
     "Anora, directed by Brady Corbet, opens in theaters this week."),
    ("director", "review", "Sean Baker's Anora is a screwball fairy tale gone sour.",
     "Greta Gerwig's Anora is a screwball fairy tale gone sour."),
    ("director", "title", "Director Sean Baker's Anora is a screwball fairy tale.",
     "Director Greta Gerwig's Anora is a screwball fairy tale."),
    ("director", "explainer", "The filmmaker behind Anora is Sean Baker.",
     "The filmmaker behind Anora is Quentin Tarantino."),
    ("director", "spun", "Helmer Sean Baker helmed Anora on a modest budget.",
     "Helmer Brady Corbet helmed Anora on a modest budget."),
    ("costar", "review", "Mikey Madison stars opposite Mark Eydelshteyn in Anora.",
     "Mikey Madison stars opposite Kieran Culkin in Anora."),
    ("costar", "listicle", "Anora stars Mikey Madison, Mark Eydelshteyn and Yura Borisov.",
     "Anora stars Mikey Madison, Mark Eydelshteyn and Demi Moore."),
    ("character", "review", "Mikey Madison plays Ani, a Brighton Beach stripper.",
     "Mikey Madison plays Galina, a Brighton Beach stripper."),
    ("character", "trade", "Yura Borisov plays Igor in Anora.",
     "Yura Borisov plays Toros in Anora."),
    ("character", "explainer", "In Anora, Mark Eydelshteyn plays Vanya, the son of an oligarch.",
     "In Anora, Mark Eydelshteyn plays Igor, the son of an oligarch."),
    ("festival", "trade", "Anora premiered at the Cannes Film Festival in May 2024.",
     "Anora premiered at the Venice Film Festival in May 2024."),
    ("festival", "participle", "Premiering in competition at Cannes, Anora went on to win the top prize.",
     "Premiering in competition at Berlin, Anora went on to win the top prize."),
    ("month", "trade", "Anora had its world premiere in May 2024.",
     "Anora had its world premiere in September 2024."),
    ("month", "trade", "Neon released Anora in the United States on October 18, 2024.",
     "Neon released Anora in the United States on December 18, 2024."),
    ("year", "review", "Anora premiered at Cannes in 2024.",
     "Anora premiered at Cannes in 2022."),
    ("prize", "trade", "Anora won the Palme d'Or at Cannes in 2024.",
     "Anora won the Golden Lion at Cannes in 2024."),
    ("prize", "headline", "Sean Baker's Anora Wins the Palme d'Or",
     "Sean Baker's Anora Wins the Golden Bear"),
    ("year", "trade", "Anora won the Palme d'Or in 2024.",
     "Anora won the Palme d'Or in 2023."),
    ("ordinal", "trade", "Anora won the Palme d'Or at the 77th Cannes Film Festival.",
     "Anora won the Palme d'Or at the 75th Cannes Film Festival."),
    ("ordinal", "trade", "Anora won Best Picture at the 97th Academy Awards.",
     "Anora won Best Picture at the 95th Academy Awards."),
    ("count", "trade", "Anora won five Oscars, including Best Picture.",
     "Anora won seven Oscars, including Best Picture."),
    ("count", "listicle", "Anora earned six Oscar nominations.",
     "Anora earned nine Oscar nominations."),
    ("count", "headline", "Anora Wins 5 Academy Awards",
     "Anora Wins 4 Academy Awards"),
    ("category", "trade", "Mikey Madison won Best Actress for Anora.",
     "Mikey Madison won Best Supporting Actress for Anora."),
    ("category", "review", "Sean Baker won the Oscar for Best Film Editing for Anora.",
     "Sean Baker won the Oscar for Best Cinematography for Anora."),
    ("category", "modifier", "Oscar-winning actress Mikey Madison starred in Anora.",
     "Oscar-winning actor Yura Borisov starred in Anora."),
    ("year", "trade", "Mikey Madison won the Academy Award for Best Actress in 2025.",
     "Mikey Madison won the Academy Award for Best Actress in 2024."),
    ("runtime", "review", "Anora runs 139 minutes.",
     "Anora runs 118 minutes."),
    ("runtime", "spun", "Clocking in at 139 minutes, Anora never drags.",
     "Clocking in at 152 minutes, Anora never drags."),
    ("gross", "trade", "Anora was made for $6 million.",
     "Anora was made for $25 million."),
    ("gross", "trade", "Anora grossed $20 million in North America.",
     "Anora grossed $60 million in North America."),
    ("city", "review", "Anora is set in Brighton Beach, Brooklyn.",
     "Anora is set in Coney Island, Queens."),
    ("city", "trade", "Part of Anora was shot in Las Vegas.",
     "Part of Anora was shot in Atlantic City."),
    ("distributor", "trade", "Neon distributed Anora in the United States.",
     "A24 distributed Anora in the United States."),
    ("date", "trade", "The 97th Academy Awards were held on March 2, 2025.",
     "The 97th Academy Awards were held on March 9, 2025."),
    ("city", "trade", "The 97th Academy Awards were held in Los Angeles.",
     "The 97th Academy Awards were held in New York."),
    ("host", "trade", "Conan O'Brien hosted the 97th Academy Awards.",
     "Jimmy Kimmel hosted the 97th Academy Awards."),
    ("costar", "relative", "Yura Borisov, who plays Igor, was nominated for Best Supporting Actor.",
     "Yura Borisov, who plays Igor, was nominated for Best Actor."),
    ("year", "apposition", "Anora, the 2024 Palme d'Or winner, stars Mikey Madison.",
     "Anora, the 2021 Palme d'Or winner, stars Mikey Madison."),
    ("director", "passive", "Anora was written, directed and edited by Sean Baker.",
     "Anora was written, directed and edited by Brady Corbet."),
    ("prize", "caption", "Mikey Madison, winner of the BAFTA for Best Actress.",
     "Mikey Madison, winner of the Golden Globe for Best Actress."),
    ("ordinal", "trade", "Anora, which won the top prize at the 77th Cannes Film Festival, stars Mikey Madison.",
     "Anora, which won the top prize at the 79th Cannes Film Festival, stars Mikey Madison."),
    ("director", "relative", "Sean Baker, who directed Anora, won four Oscars in one night.",
     "Brady Corbet, who directed Anora, won four Oscars in one night."),
    ("count", "spun", "Sean Baker bagged four Academy Awards in a single evening.",
     "Sean Baker bagged three Academy Awards in a single evening."),
    ("count", "modifier", "Four-time Oscar winner Sean Baker directed Anora.",
     "Six-time Oscar winner Sean Baker directed Anora."),
    ("category", "relative", "Anora, which won Best Picture at the Oscars, was made for $6 million.",
     "Anora, which won Best Documentary Feature at the Oscars, was made for $6 million."),
    ("prize", "spun", "The Cannes jury handed Anora its highest honor, the Palme d'Or.",
     "The Cannes jury handed Anora its highest honor, the Grand Prix."),
    ("year", "headline", "Anora Takes Best Picture At 2025 Oscars",
     "Anora Takes Best Picture At 2023 Oscars"),
    ("date", "trade", "Anora premiered at Cannes on May 21, 2024.",
     "Anora premiered at Cannes on May 25, 2024."),
    ("festival", "listicle", "After Cannes, Anora screened at Telluride and TIFF.",
     "After Cannes, Anora screened at Sundance and TIFF."),
    ("costar", "explainer", "Mark Eydelshteyn plays Vanya opposite Mikey Madison in Anora.",
     "Kieran Culkin plays Vanya opposite Mikey Madison in Anora."),
    ("character", "passive", "Ani is played by Mikey Madison.",
     "Ani is played by Ella Rubin."),
    ("character", "possessive", "Mikey Madison's Ani is the heart of Anora.",
     "Mikey Madison's Galina is the heart of Anora."),
    ("count", "trade", "Mikey Madison beat Demi Moore to the Best Actress Oscar.",
     "Mikey Madison lost to Demi Moore for the Best Actress Oscar."),
    ("age", "trade", "Mikey Madison won Best Actress at the Oscars at 25.",
     "Mikey Madison won Best Actress at the Oscars at 31."),
    ("year", "trade", "Mikey Madison was born in 1999.",
     "Mikey Madison was born in 1996."),
    ("city", "trade", "Sean Baker was born in Summit, New Jersey.",
     "Sean Baker was born in Boston, Massachusetts."),
    ("distributor", "passive", "Anora was released by Neon in October 2024.",
     "Anora was released by Netflix in October 2024."),
    ("director", "modifier", "Palme d'Or-winning director Sean Baker made Anora.",
     "Palme d'Or-winning director Justine Triet made Anora."),
    ("prize", "participle", "Having won the Palme d'Or, Anora went on to Best Picture.",
     "Having won the Golden Lion, Anora went on to Best Picture."),
    ("host", "participle", "Hosted by Conan O'Brien, the 97th Oscars ran long.",
     "Hosted by Jimmy Kimmel, the 97th Oscars ran long."),
    ("count", "headline", "Anora Earns Six Oscar Nominations",
     "Anora Earns Eight Oscar Nominations"),
    ("category", "trade", "Yura Borisov was nominated for the Oscar for Best Supporting Actor.",
     "Yura Borisov was nominated for the Oscar for Best Actor."),
]


def palme_pairs(kb, rng, n):
    import compose_true_facts as c
    rows = c.palme_wins(kb)
    out = []
    for _ in range(n):
        r = rng.choice(rows)
        o = rng.choice([x for x in rows if x["d"] != r["d"] and x["film"] != r["film"]])
        f, y, d = r["film"], r["y"], r["d"]
        shapes = [
            ("year", "trade", f"{f} won the Palme d'Or in {y}.", f"{f} won the Palme d'Or in {y + 2}."),
            ("director", "trade", f"{d} won the Palme d'Or for {f}.",
             f"{o['d']} won the Palme d'Or for {f}."),
            ("year", "apposition", f"{f}, the {y} Palme d'Or winner, returns to cinemas.",
             f"{f}, the {y - 3} Palme d'Or winner, returns to cinemas."),
            ("film", "possessive", f"{d}'s {f} took the Palme d'Or in {y}.",
             f"{d}'s {o['film']} took the Palme d'Or in {y}."),
            ("year", "passive", f"The Palme d'Or was awarded to {f} in {y}.",
             f"The Palme d'Or was awarded to {f} in {y + 1}."),
            ("year", "relative", f"{d}, whose {f} won the Palme d'Or in {y}, sits on the jury.",
             f"{d}, whose {f} won the Palme d'Or in {y - 2}, sits on the jury."),
        ]
        out.append(rng.choice(shapes))
    return out


def oscar_pairs(kb, rng, n):
    import compose_true_facts as c
    wins = c.oscar_wins(kb)
    cats = sorted({w["cat"] for w in wins})
    out = []
    for _ in range(n):
        w = rng.choice(wins)
        other = rng.choice([x for x in wins if x["film"] != w["film"] and x["p"] != w["p"]])
        cat2 = rng.choice([x for x in cats if x != w["cat"] and
                           ("Actress" in x) == ("Actress" in w["cat"])] or cats)
        nth2 = f"{int(w['nth'][:-2]) + 2}th"
        p, f, y, k, nth = w["p"], w["film"], w["y"], w["cat"], w["nth"]
        shapes = [
            ("year", "trade", f"{p} won the Oscar for {k} for {f} in {y}.",
             f"{p} won the Oscar for {k} for {f} in {y + 3}."),
            ("film", "trade", f"{p} won the Oscar for {k} for {f}.",
             f"{p} won the Oscar for {k} for {other['film']}."),
            ("category", "relative", f"{p}, who won the {k} Oscar for {f}, returns to the screen.",
             f"{p}, who won the {cat2} Oscar for {f}, returns to the screen."),
            ("ordinal", "trade", f"{p} won {k} at the {nth} Academy Awards.",
             f"{p} won {k} at the {nth2} Academy Awards."),
            ("year", "modifier", f"{y} Oscar winner {p} stars in the film.",
             f"{y + 2} Oscar winner {p} stars in the film."),
            ("film", "passive", f"{p} was awarded the Oscar for {k} for {f} in {y}.",
             f"{p} was awarded the Oscar for {k} for {other['film']} in {y}."),
            ("film", "modifier", f"Academy Award winner {p} ({f}) joins the cast.",
             f"Academy Award winner {p} ({other['film']}) joins the cast."),
            ("year", "participle", f"Having won the Academy Award for {k} in {y}, {p} took a break.",
             f"Having won the Academy Award for {k} in {y - 4}, {p} took a break."),
            ("category", "spun", f"{p} scooped the {k} Academy Award for {f}.",
             f"{p} scooped the {cat2} Academy Award for {f}."),
            ("year", "headline", f"{p} Wins Oscar For {f} In {y}",
             f"{p} Wins Oscar For {f} In {y + 5}"),
            ("ordinal", "apposition", f"{p}, a winner at the {nth} Oscars, spoke briefly.",
             f"{p}, a winner at the {nth2} Oscars, spoke briefly."),
            ("film", "description", f"{p} took home an Oscar for {k} for {f}.",
             f"{p} took home an Oscar for {k} for {other['film']}."),
        ]
        out.append(rng.choice(shapes))
    return out


def verdict_over(sentence, mark, kb):
    import reelcheck
    claims = reelcheck.check(sentence, kb=kb).claims
    at = sentence.rfind(mark) if mark else -1
    # the claims over the changed word, else the sentence's (a claim that reads a slot may
    # not span it)
    over = [c for c in claims if c.start <= at < c.end] if at >= 0 else claims
    over = over or claims
    vs = {c.verdict for c in over}
    for v in ("refuted", "supported", "not_enough_info"):
        if v in vs:
            return v, over
    return "no claim", claims


def changed_word(true, mutant):
    a, b = true.split(), mutant.split()
    for x, y in zip(a, b):
        if x != y:
            return y.strip(".,;'")
    return ""


def measure(kb, rows: int, seed: int, show=frozenset(), out=print):
    """(table: slot kind -> Counter of mutant verdicts, true sentences refuted)."""
    rng = random.Random(seed)
    pairs = ANORA + oscar_pairs(kb, rng, rows) + palme_pairs(kb, rng, rows // 2)
    table = collections.defaultdict(collections.Counter)
    wrong_true = []
    for kind, reg, true, mutant in pairs:
        tv, tcl = verdict_over(true, "", kb)
        if any(c.verdict == "refuted" for c in tcl):
            wrong_true.append(true)
            out(f"WRONG REFUTE (true): {true}")
        mv, mcl = verdict_over(mutant, changed_word(true, mutant), kb)
        table[kind][mv] += 1
        if mv in show:
            out(f"[{mv}] {kind}/{reg}: {mutant}  (true: {tv})")
            for c in mcl:
                out(f"      {c.verdict} {c.category} {c.text!r} | {c.explanation[:140]}")
    return table, wrong_true


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--rows", type=int, default=12)
    ap.add_argument("--show", default="not_enough_info,no claim,supported")
    args = ap.parse_args(argv)
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    table, wrong_true = measure(kb, args.rows, args.seed, set(args.show.split(",")))
    cols = ("refuted", "not_enough_info", "no claim", "supported")
    print(f"\n{'slot':12s} " + " ".join(f"{c[:8]:>8s}" for c in cols))
    tot = collections.Counter()
    for kind in sorted(table):
        print(f"{kind:12s} " + " ".join(f"{table[kind][c]:8d}" for c in cols))
        tot.update(table[kind])
    print(f"{'TOTAL':12s} " + " ".join(f"{tot[c]:8d}" for c in cols))
    print(f"true sentences refuted: {len(wrong_true)}")
    return 1 if wrong_true else 0


if __name__ == "__main__":
    sys.exit(main())
