"""Wrong refutes hunted in list articles: listicles composed from facts the default KB holds,
in the layouts writers use for them -- a ranked row ("6. Film (2015)"), a dated row
("2019 – Film (Director)"), a bolded title ("**Film (1955)**"), a category and a colon
("Best Director: Person (Film)") and a bullet ("• Person (Film)") -- each row followed by a
paragraph of prose about its item that says "it", "the film", "he"/"she" or the item's name
with a count, a ceremony, a year, a director, an age or a win at another show. Every article
is true by construction, so any `refuted` verdict is a wrong refute; the script prints each
with its layout and the count of verdicts per layout.

    python benchmarks/compose_listicles.py [--articles 12] [--seed 1] [--mutate] [-v]

With --mutate, one slot of one item's prose (a count, a year, a ceremony, a director, an age)
is changed: any claim `supported` over the changed words is a wrong support, printed and
counted. The shapes are the project's own words; the facts are the KB's (the Academy's record,
the Palme d'Or list, directors, birth dates).
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_spec = importlib.util.spec_from_file_location(
    "compose_true_facts", Path(__file__).resolve().parent / "compose_true_facts.py")
ctf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ctf)

_ORD = {1: "st", 2: "nd", 3: "rd"}


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _ORD.get(n % 10, 'th')}"


def _surname(name: str) -> str:
    return name.split()[-1]


def film_tallies(kb) -> list[dict]:
    """A film's wins and nominations at each Academy Awards where it had two or more, one
    nomination per category (and per actor), ceremonies 1-97 (`compose_true_facts`)."""
    return ctf.film_tallies(kb, per_category=True)

def facts(kb) -> dict:
    """The rows the lists are made of: Best Picture winners (with their director, their night's
    tally, a Palme won), acting and directing winners (with their age), Palme winners (with the
    Oscars their film won)."""
    directors = {r["film"]: r["d"] for r in ctf.directed(kb)}
    tallies = {(t["film"], t["nth"]): t for t in film_tallies(kb)}
    palmes = ctf.palme_wins(kb)
    palme_of = {r["film"]: r for r in palmes}
    oscar_nights = collections.defaultdict(list)   # film -> (nth, y, wins)
    for (film, nth), t in tallies.items():
        if t["w"]:
            oscar_nights[film].append(t)
    pictures = []
    for r in ctf.craft_wins(kb):
        if r["key"] != "academy-award-for-best-picture":
            continue
        t = tallies.get((r["film"], r["nth"]))
        pictures.append(dict(film=r["film"], nth=r["nth"], n=r["n"], y=r["y"], fy=r["fy"],
                             d=directors.get(r["film"]), w=t["w"] if t else None,
                             noms=t["n"] if t else None, palme=palme_of.get(r["film"])))
    pictures = [p for p in pictures if sum(x["film"] == p["film"] for x in pictures) == 1]
    rivals = collections.defaultdict(list)   # (Best Picture, night) -> films nominated, lost
    for nom, win in ctf.craft_losses(kb):
        if nom["key"] == "academy-award-for-best-picture":
            rivals[win["film"]].append(nom["film"])
    best_director = {(r["film"], r["nth"]): r["p"] for r in ctf.oscar_wins(kb)
                     if r["cat"] == "Best Director"}
    for p in pictures:
        p["rival"] = sorted(rivals.get(p["film"], []))[:1] or None
        p["dwin"] = best_director.get((p["film"], p["nth"])) == p["d"] and p["d"] is not None
    people = []
    for r in ctf.oscar_wins(kb):
        pron = "she" if "Actress" in r["cat"] else "he" if "Actor" in r["cat"] else None
        people.append(dict(r, pron=pron))
    # one win of a category a person holds: "won Best Actor" must be that one
    once = collections.Counter((r["p"], r["cat"]) for r in people)
    people = [r for r in people if once[(r["p"], r["cat"])] == 1]
    palme_rows = []
    for r in palmes:
        if sum(x["film"] == r["film"] for x in palmes) != 1:
            continue
        nights = oscar_nights.get(r["film"], [])
        palme_rows.append(dict(r, oscars=nights[0] if len(nights) == 1 else None))
    by_night = collections.defaultdict(list)
    for r in people:
        by_night[r["nth"]].append(r)
    return dict(pictures=pictures, people=people, palmes=palme_rows, nights=by_night)


# ---- item bodies: true prose about one item, in several registers ------------------------

def picture_body(r: dict, rng) -> list[str]:
    """Sentences about a Best Picture winner: `{...}` fields come from the item."""
    ref = rng.choice(["It", "The film", r["film"]])
    out = [f"{ref} won Best Picture at the {r['nth']} Academy Awards."]
    if r["w"] and r["noms"] and r["w"] < r["noms"]:
        out.append(rng.choice([
            f"It won {r['w']} of its {r['noms']} nominations that night.",
            f"The film converted {r['w']} of {r['noms']} nominations into wins.",
            f"All told, it took home {r['w']} Oscars from {r['noms']} nominations.",
        ]))
    elif r["w"] and r["w"] > 1:
        out.append(f"It won {r['w']} Oscars that night.")
    if r["d"]:
        out.append(rng.choice([
            f"{r['d']} directed it.",
            f"The film was directed by {r['d']}.",
            f"It remains the best-known film {r['d']} directed.",
        ]))
    if r.get("rival"):
        out.append(rng.choice([
            f"It beat {r['rival'][0]} to the top prize.",
            f"{r['rival'][0]} was among the films it beat for Best Picture.",
        ]))
    if r.get("dwin"):
        out.append(rng.choice([
            f"{_surname(r['d'])} also won Best Director that night.",
            f"Its director, {r['d']}, took Best Director as well.",
        ]))
    if r["palme"]:
        out.append(rng.choice([
            f"It had already won the Palme d'Or in {r['palme']['y']} before it won here.",
            f"Before its Oscar night, the film took the Palme d'Or at Cannes in {r['palme']['y']}.",
        ]))
    out.append(rng.choice([
        f"It was released in {r['fy']}.",
        f"The {r['fy']} film still holds up.",
        f"{r['film']} took the top prize in {r['y']}.",
    ]))
    return out


def person_body(r: dict, rng) -> list[str]:
    pron = r["pron"] or _surname(r["p"])
    cap = pron[0].upper() + pron[1:]
    out = [rng.choice([
        f"{cap} won {r['cat']} at the {r['nth']} Academy Awards.",
        f"{_surname(r['p'])} won {r['cat']} for {r['film']} in {r['y']}.",
        f"The role won {r['p']} the Oscar for {r['cat']} in {r['y']}.",
    ])]
    if r["age"]:
        out.append(rng.choice([
            f"{cap} was {r['age']} when {pron} won.",
            f"At {r['age']}, {pron} took home the statuette.",
            f"{_surname(r['p'])} was {r['age']} at the ceremony.",
        ]))
    out.append(rng.choice([
        f"The film is {r['film']}.",
        f"{r['film']} came out in {r['fy']}.",
        f"{_surname(r['p'])}'s win came at the {r['nth']} ceremony.",
    ]))
    return out


def palme_body(r: dict, rng) -> list[str]:
    ref = rng.choice(["It", "The film", r["film"]])
    out = [rng.choice([f"{ref} won the Palme d'Or in {r['y']}.",
                       f"{ref} took the top prize at Cannes in {r['y']}."])]
    out.append(rng.choice([f"{r['d']} directed it.", f"The film was directed by {r['d']}.",
                           f"It was {_surname(r['d'])}'s film."]))
    o = r["oscars"]
    if o:
        out.append(rng.choice([
            f"It went on to win {o['w']} Oscar{'s' if o['w'] > 1 else ''} at the {o['nth']} "
            f"Academy Awards.",
            f"The film later won {o['w']} Academy Award{'s' if o['w'] > 1 else ''}.",
        ]))
    return out


# ---- layouts: a heading, then rows each followed by their body --------------------------

def _row(layout: str, rank: int, title: str, year: int | str, extra: str | None) -> str:
    if layout == "ranked":
        return f"{rank}. {title} ({year})"
    if layout == "dated":
        return f"{year} – {title}" + (f" ({extra})" if extra else "")
    if layout == "bolded":
        return f"**{title} ({year})**"
    return f"• {title} ({year})"


def picture_list(rows: list[dict], layout: str, rng) -> list[tuple[str, list[str], dict]]:
    lo, hi = min(r["y"] for r in rows), max(r["y"] for r in rows)
    head = rng.choice([f"Ranked: every Best Picture winner from {lo} to {hi}",
                       f"The Best Picture winners of {lo}-{hi}, revisited",
                       "Best Picture winners we still argue about"])
    items = []
    for i, r in enumerate(rows):
        year = r["y"] if layout == "dated" else r["fy"]
        items.append((_row(layout, len(rows) - i, r["film"], year, r["d"]), None, r))
    return [(head, [], {})] + items


def people_list(rows: list[dict], layout: str, rng) -> list:
    head = rng.choice(["The oldest acting winners in Oscar history", "Acting Oscar winners, "
                       "ranked by age", "Ten acting winners worth remembering"])
    items = []
    for i, r in enumerate(rows):
        if layout == "dated":
            row = f"{r['y']} – {r['p']} ({r['film']})"
        elif layout == "bolded":
            row = f"**{r['p']}, {r['film']}**"
        elif layout == "bullet":
            row = f"• {r['p']} ({r['film']})"
        else:
            row = f"{len(rows) - i}. {r['p']} ({r['film']})"
        items.append((row, None, r))
    return [(head, [], {})] + items


def palme_list(rows: list[dict], layout: str, rng) -> list:
    head = rng.choice(["Palme d'Or winners of the last decade", "Every Palme d'Or winner since "
                       f"{min(r['y'] for r in rows)}", "Cannes winners, ranked"])
    items = [(_row(layout, len(rows) - i, r["film"], r["y"], r["d"]), None, r)
             for i, r in enumerate(rows)]
    return [(head, [], {})] + items


def night_list(rows: list[dict], pic: dict | None, rng) -> list:
    """A ceremony's winners by category ("Best Director: Person (Film)")."""
    nth = rows[0]["nth"]
    head = rng.choice([f"The {nth} Academy Awards: every major winner",
                       f"Winners of the {nth} Academy Awards"])
    items = []
    if pic:
        items.append((f"Best Picture: {pic['film']}", None, pic))
    for r in rows:
        items.append((f"{r['cat']}: {r['p']} ({r['film']})", None, r))
    return [(head, [], {})] + items


def build(kb_facts: dict, rng, kind: str, layout: str) -> tuple[list, callable]:
    """(items, body maker) of one list article."""
    if kind == "pictures":
        pool = sorted(kb_facts["pictures"], key=lambda r: r["y"])
        start = rng.randrange(len(pool) - 5)
        rows = list(reversed(pool[start:start + rng.randint(3, 5)]))
        return picture_list(rows, layout, rng), picture_body
    if kind == "people":
        rows = sorted(rng.sample(kb_facts["people"], rng.randint(3, 5)), key=lambda r: r["y"])
        return people_list(rows, layout, rng), person_body
    if kind == "palmes":
        pool = sorted(kb_facts["palmes"], key=lambda r: r["y"])
        start = rng.randrange(len(pool) - 5)
        rows = pool[start:start + rng.randint(3, 5)]
        return palme_list(rows, layout, rng), palme_body
    nights = [v for v in kb_facts["nights"].values() if len(v) >= 3]
    rows = rng.choice(nights)
    pic = next((p for p in kb_facts["pictures"] if p["nth"] == rows[0]["nth"]), None)

    def body(r, rng):
        return picture_body(r, rng) if "noms" in r else person_body(r, rng)
    return night_list(rows, pic, rng), body


def render(items: list, bodies: list[list[str]]) -> str:
    """The article: each row over its body, the body in two paragraphs when it says three
    things or more and the item's rank is odd (one paragraph, or two, as writers do)."""
    parts = []
    for i, ((row, _x, _r), body) in enumerate(zip(items, bodies)):
        parts.append(row)
        if len(body) >= 3 and i % 2:
            parts += [" ".join(body[:2]), " ".join(body[2:])]
        elif body:
            parts.append(" ".join(body))
    return "\n\n".join(parts) + "\n"


LAYOUTS = {"pictures": ("ranked", "dated", "bolded", "bullet"),
           "people": ("ranked", "dated", "bolded", "bullet"),
           "palmes": ("ranked", "dated", "bolded", "bullet"),
           "night": ("category",)}


def article(kb_facts: dict, rng) -> tuple[str, str, list, list, callable]:
    kind = rng.choice(list(LAYOUTS))
    layout = rng.choice(LAYOUTS[kind])
    items, body = build(kb_facts, rng, kind, layout)
    state = rng.getstate()
    bodies = [body(r, rng) if r else [] for _row, _x, r in items]
    return f"{kind}/{layout}", render(items, bodies), items, bodies, (body, state)


# ---- mutants: one slot of one item's prose changed --------------------------------------

def _mutant_row(r: dict, rng, kb_facts: dict) -> dict | None:
    choices = []
    if r.get("w") and r.get("noms") and r["w"] + 1 < r["noms"]:
        choices.append(("w", r["w"] + 1))
    if "nth" in r and "noms" in r or "cat" in r:
        n = int(r["nth"][:-2])
        choices.append(("nth", _nth(n + 3)))
    if r.get("d"):
        others = [x["d"] for x in kb_facts["pictures"] + kb_facts["palmes"]
                  if x.get("d") and x["d"] != r["d"]]
        choices.append(("d", rng.choice(others)))
    if r.get("age"):
        choices.append(("age", r["age"] + 6))
    if "cat" not in r and r.get("y") and "noms" not in r:
        choices.append(("y", r["y"] + 2))
    if not choices:
        return None
    k, v = rng.choice(choices)
    return dict(r, **{k: v})


def mutant(kb_facts, items, bodies, maker, rng) -> tuple[str, str, int] | None:
    """(old article, new article, where they part) with one slot of one item's body changed."""
    body, state = maker
    idx = [i for i, (_row, _x, r) in enumerate(items) if r]
    rng.shuffle(idx)
    old = render(items, bodies)
    for i in idx:
        m = _mutant_row(items[i][2], rng, kb_facts)
        if m is None:
            continue
        # the same body choices, with the item changed: replay the body rng up to item i
        r2 = random.Random()
        r2.setstate(state)
        new_bodies = []
        for j, (_row, _x, r) in enumerate(items):
            new_bodies.append(body(m if j == i else r, r2) if r else [])
        new = render(items, new_bodies)
        if new != old:
            return old, new, len(ctf._common_prefix(old, new))
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mutate", action="store_true",
                    help="change one slot of one item's prose; count supports over it")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every article")
    args = ap.parse_args(argv)
    import reelcheck
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    got = facts(kb)
    rng = random.Random(args.seed)
    verdicts = collections.defaultdict(collections.Counter)
    wrong = collections.Counter()
    n = 0
    for _ in range(args.articles):
        shape, text, items, bodies, maker = article(got, rng)
        if args.mutate:
            mut = mutant(got, items, bodies, maker, rng)
            if mut is None:
                continue
            _old, text, at = mut
        n += 1
        if args.verbose:
            print(f"--- {shape}\n{text}")
        for c in reelcheck.check(text, kb=kb).claims:
            verdicts[shape][c.verdict] += 1
            if args.mutate:
                if c.verdict == "supported" and c.start <= at < c.end:
                    wrong[shape] += 1
                    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at)]
                    print(f"WRONG SUPPORT [{shape}]: {line}\n    {c.text!r}: {c.explanation}")
            elif c.verdict == "refuted":
                wrong[shape] += 1
                para = text[text.rfind("\n\n", 0, c.start) + 2:text.find("\n", c.end)]
                print(f"WRONG REFUTE [{shape}]: {para}\n    {c.text!r}: {c.explanation}")
    for shape in sorted(verdicts):
        print(f"  {shape}: {dict(sorted(verdicts[shape].items()))}, wrong {wrong[shape]}")
    what = "mutant articles, wrong supports" if args.mutate else "true articles, wrong refutes"
    print(f"{n} {what} {sum(wrong.values())}")
    return 1 if sum(wrong.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
