"""Wrong refutes hunted by composition: sentences built from facts the default KB holds, two
facts to a sentence in shapes where a slot can be bound to the wrong clause (relative clauses,
semicolons, "and" with a second subject, brackets, "N years after", ages). Every sentence is
true by construction, so any `refuted` verdict is a wrong refute; the script prints each one
and the count of verdicts.

    python benchmarks/compose_true_facts.py [--pairs 60] [--seed 1] [--family all] [--mutate]

The shapes are the project's own words; the facts are the KB's: the Academy's record of acting
and directing wins at ceremonies 50-97 (`oscars`), the Palme d'Or list (`palme`), craft,
writing and other film-named wins at ceremonies 1-97 under the names writers use (`craft`),
nominees with the winner they lost to (`losses`), directors and Anora's crew and cast
(`credits`), festival world-premiere days with Anora's runtime, budget and release (`dates`),
Anora's production record -- runtime, budget, shooting days, releases by country with their
distributors, production companies, filming places -- in many registers (`production`),
and, asked for by name, pairs of one person's wins of an acting or directing Oscar or of the
Palme, their runs and the years between them (`streaks`; `--mutate`: a run said of wins years
apart, the years off by two), a film's wins out of its nominations at one Academy Awards
told as a tally (`tallies`, run on its own).
With --mutate, one slot of the second fact of a craft/losses/credits/dates/palme sentence is
changed (a year, film, category, director or day; for the Palme, a film shown at Cannes that
did not win it), or of a production sentence (the budget, the shooting days, a release day,
a distributor, a company): any claim `supported` over the changed words is a wrong support,
printed and counted.
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


def cannes_entrants(kb) -> list[dict]:
    """Films the KB records as shown at an edition of Cannes that did not win its Palme d'Or:
    the films a Palme mutant names (the Palme list is complete, so "X won the Palme" is false)."""
    won = {f.subject for f in kb.facts(predicate="award_received", object_entity="palme-d-or")}
    rows = []
    for p in ("premiered_at", "festival_screening"):
        for f in kb.facts(predicate=p):
            e = kb.entity(f.value)
            if f.subject in won or e is None or not e.id.endswith("cannes-film-festival") \
                    or e.id == "cannes-film-festival" or kb.entity(f.subject) is None:
                continue
            rows.append(dict(film=kb.label(f.subject), y=e.year, d=""))
    return list({r["film"]: r for r in rows}.values())


def palme_plain_shapes(p: dict, q: dict) -> list[str]:
    """A Palme win said with no year of its own (so a film the list lacks is refuted by the
    whole list), the second fact in the ways writers say it."""
    return [
        f"{p['film']} won the Palme d'Or; so did {q['film']}.",
        f"Like {p['film']} before it, {q['film']} took the Palme d'Or.",
        f"{p['film']} and {q['film']} are both Palme d'Or winners.",
        f"The Palme d'Or went to {q['film']}, as it had gone to {p['film']} years before.",
        f"Cannes crowned {q['film']} with the Palme d'Or.",
    ]


# Craft and writing categories: the plain name a writer uses for each of the Academy's
# categories (the KB's label without its historical bracket), and the person a win names.
CRAFT = {
    "academy-award-for-best-cinematography": ("Best Cinematography", "cinematographer"),
    "academy-award-for-best-cinematography-black-and-white": ("Best Cinematography", "cinematographer"),
    "academy-award-for-best-cinematography-color": ("Best Cinematography", "cinematographer"),
    "academy-award-for-best-film-editing": ("Best Film Editing", "editor"),
    "academy-award-for-best-original-score": ("Best Original Score", "composer"),
    "academy-award-for-best-original-song": ("Best Original Song", "songwriter"),
    "academy-award-for-best-visual-effects": ("Best Visual Effects", "effects artist"),
    "academy-award-for-best-costume-design": ("Best Costume Design", "costume designer"),
    "academy-award-for-best-production-design-art-direction": ("Best Production Design",
                                                                "production designer"),
    "academy-award-for-best-adapted-screenplay": ("Best Adapted Screenplay", "screenwriter"),
    "academy-award-for-best-original-screenplay": ("Best Original Screenplay", "screenwriter"),
    "academy-award-for-best-makeup-and-hairstyling": ("Best Makeup and Hairstyling",
                                                      "makeup artist"),
    "academy-award-for-best-animated-feature": ("Best Animated Feature", "animator"),
    "academy-award-for-best-documentary-feature": ("Best Documentary Feature", "documentarian"),
    "academy-award-for-best-international-feature-film-foreign-language-film": (
        "Best International Feature", "director"),
    "academy-award-for-best-picture": ("Best Picture", "producer"),
}


def _night(q) -> tuple[str, int]:
    nth = q.get("ceremony", "").split("-")[0]
    return nth, int(nth[:-2]) if nth[:-2].isdigit() else 0


def _people(kb, q) -> str:
    got = [kb.label(r) for r in q.get("recipients") or [] if kb.entity(r) is not None]
    if not got or len(got) > 2 or len(got) != len(q.get("recipients") or []):
        return ""
    return " and ".join(got)


def _craft_row(kb, f) -> dict | None:
    q = f.qualifiers or {}
    nth, n = _night(q)
    if f.value not in CRAFT or not n or not str(q.get("ceremony", "")).endswith("academy-awards") \
            or q.get("category_variant") or not q.get("year"):
        return None
    ent = kb.entity(f.subject)
    if ent is None or ent.type != "film":
        return None
    cat, role = CRAFT[f.value]
    if f.value.endswith("foreign-language-film") and n < 92:
        cat = "Best Foreign Language Film"
    if f.value.endswith("art-direction") and n < 85:
        cat, role = "Best Art Direction", "art director"
    if f.value.endswith("visual-effects") and n < 50:
        return None
    y = int(q["year"])
    fy = str(q.get("eligibility_year") or y - 1)
    return dict(p=_people(kb, q), cat=cat, role=role, film=kb.label(f.subject), nth=nth, n=n,
                y=y, fy=int(fy) if fy.isdigit() else y - 1, key=f.value)


def craft_wins(kb) -> list[dict]:
    """One row per craft, writing or other film-named Oscar win, ceremonies 1-97."""
    rows = [_craft_row(kb, f) for f in kb.facts(predicate="award_received")]
    return [r for r in rows if r and r["n"] <= 97]


def craft_losses(kb) -> list[tuple[dict, dict]]:
    """(nominee, winner) pairs: a film nominated in a craft category the same night another won."""
    won = {}
    for r in craft_wins(kb):
        won.setdefault((r["key"], r["nth"]), []).append(r)
    out = []
    for f in kb.facts(predicate="nominated_for"):
        r = _craft_row(kb, f)
        if not r or r["n"] > 97:
            continue
        w = won.get((r["key"], r["nth"]))
        if w and len(w) == 1 and w[0]["film"] != r["film"]:
            out.append((r, w[0]))
    return out


def craft_shapes(a: dict, b: dict) -> list[str]:
    out = [
        f"{a['film']} won {a['cat']} at the {a['nth']} Academy Awards in {a['y']}.",
        f"{a['cat']} went to {a['film']} in {a['y']}; {b['film']} took {b['cat']} in {b['y']}.",
        f"{a['film']}, which won the Oscar for {a['cat']} in {a['y']}, is older than "
        f"{b['film']}, which won {b['cat']} at the {b['nth']} ceremony.",
        f"The {a['nth']} Academy Awards gave {a['cat']} to {a['film']}, while the {b['nth']} "
        f"gave {b['cat']} to {b['film']}.",
        f"Two Oscar winners for {a['cat']} and {b['cat']}: {a['film']} ({a['fy']}) and "
        f"{b['film']} ({b['fy']}).",
    ]
    if b["y"] - a["y"] > 1:
        out.append(f"{b['film']} won {b['cat']} in {b['y']}, {b['y'] - a['y']} years after "
                   f"{a['film']} won {a['cat']}.")
    if a["p"] and b["p"]:
        out += [
            f"{a['p']} won {a['cat']} for {a['film']} at the {a['nth']} Academy Awards.",
            f"{a['p']}, who won {a['cat']} for {a['film']} in {a['y']}, was in the room when "
            f"{b['p']} won {b['cat']} for {b['film']} in {b['y']}.",
            f"Oscar-winning {a['role']} {a['p']} ({a['film']}, {a['y']}) and {b['p']}, who won "
            f"{b['cat']} for {b['film']} at the {b['nth']} Academy Awards.",
            f"{b['film']} earned {b['p']} the Oscar for {b['cat']} in {b['y']}, and "
            f"{a['film']} earned {a['p']} {a['cat']} in {a['y']}.",
        ]
    return out


def loss_shapes(nom: dict, win: dict) -> list[str]:
    out = [
        f"{nom['film']} was nominated for {nom['cat']} at the {nom['nth']} Academy Awards but "
        f"lost to {win['film']}.",
        f"{win['film']} beat {nom['film']} to {win['cat']} in {win['y']}.",
        f"Nominated for {nom['cat']} in {nom['y']}, {nom['film']} lost the Oscar to "
        f"{win['film']}.",
    ]
    if nom["p"]:
        out.append(f"{nom['p']} was nominated for {nom['cat']} for {nom['film']} in {nom['y']}, "
                   f"losing to {win['film']}.")
    return out


def directed(kb) -> list[dict]:
    """One row per film the KB names a single director for."""
    by = {}
    for f in kb.facts(predicate="director"):
        ent = kb.entity(f.subject)
        if ent is not None and ent.type == "film" and kb.entity(f.value) is not None:
            by.setdefault(f.subject, []).append(f.value)
    return [dict(film=kb.label(s), d=kb.label(ds[0]), y=getattr(kb.entity(s), "year", None))
            for s, ds in sorted(by.items()) if len(ds) == 1]


# Anora's full record: the crew by job, in the verbs and nouns a writer uses for each job.
ANORA_CREW = [("director", "directed", "director"), ("screenwriter", "written", "writer"),
              ("film_editor", "edited", "editor"), ("director_of_photography", "shot",
                                                    "cinematographer"),
              ("composer", "scored", "composer"), ("production_designer", "designed",
                                                   "production designer")]


def anora_credits(kb) -> list[dict]:
    rows = []
    for pred, verb, noun in ANORA_CREW:
        for f in kb.facts(predicate=pred, subject="anora-2024-film"):
            rows.append(dict(film="Anora", p=kb.label(f.value), verb=verb, noun=noun))
    return rows


def anora_cast(kb) -> list[dict]:
    return [dict(p=kb.label(f.value), ch=kb.label(f.subject))
            for f in kb.facts(predicate="played_by")
            if (f.qualifiers or {}).get("film") == "anora-2024-film"]


def credit_shapes(c: dict, e: dict, r: dict, s: dict) -> list[str]:
    """c, e: Anora crew rows; r, s: films with their director; cast rows ride in r['cast']."""
    k = r["cast"]
    return [
        f"{c['film']} was {c['verb']} by {c['p']}, and {r['film']} was directed by {r['d']}.",
        f"{r['d']}, who directed {r['film']}, and {s['d']}, the director of {s['film']}, "
        f"both admire {c['film']}.",
        f"{c['p']}, the {c['noun']} of {c['film']}, praised {r['d']}'s {r['film']}.",
        f"{c['film']} ({c['noun']}: {c['p']}; {e['noun']}: {e['p']}).",
        f"In {c['film']}, which {e['p']} {e['verb']}, {k['p']} plays {k['ch']}.",
        f"{k['p']} plays {k['ch']} in {c['film']}, a film {c['verb']} by {c['p']}; "
        f"{s['film']} was made by {s['d']}.",
        f"{r['film']} is {r['d']}'s film, and {s['film']} is {s['d']}'s.",
        f"Directed by {r['d']}, {r['film']} shares little with {s['film']}, which "
        f"{s['d']} directed.",
    ]


def premieres(kb) -> list[dict]:
    rows = []
    for f in kb.facts(predicate="premiere_date"):
        q = f.qualifiers or {}
        if len(str(f.value)) == 10 and q.get("event") and kb.entity(q["event"]) is not None:
            d = dt.date.fromisoformat(str(f.value))
            rows.append(dict(film=kb.label(f.subject), ev=kb.label(q["event"]), y=d.year,
                             day=f"{d:%B} {d.day}, {d.year}", dm=f"{d.day} {d:%B}"))
    return rows


def date_shapes(a: dict, b: dict) -> list[str]:
    out = [
        f"{a['film']} premiered at the {a['ev']} on {a['day']}.",
        f"{a['film']} had its world premiere on {a['day']}; {b['film']} premiered on {b['day']}.",
        f"{a['film']}, which premiered at the {a['ev']} on {a['dm']} {a['y']}, and "
        f"{b['film']}, which premiered at the {b['ev']}, both won prizes.",
        f"First shown on {a['day']} ({a['film']}) and {b['day']} ({b['film']}), both films "
        f"went on to win awards.",
        f"Anora runs 139 minutes and cost $6 million; {a['film']} premiered on {a['day']}.",
        f"Neon released Anora in the United States on October 18, 2024, and {a['film']} "
        f"premiered on {a['day']}.",
    ]
    return out


def anora_production(kb) -> list[dict]:
    """One row per release of Anora the KB dates by country with the distributor there, each
    with the film's runtime, budget, shooting days, production companies and a filming place
    (the values the KB holds, not disputed ones: the runtime is its main value)."""
    film = "anora-2024-film"

    def one(pred):
        got = kb.facts(subject=film, predicate=pred)
        return got[0].value if got else None
    rt, budget, days = one("runtime"), one("budget"), one("shooting_days")
    cos = [kb.label(f.value) for f in kb.facts(subject=film, predicate="production_company")]
    places = [kb.label(f.value) for f in kb.facts(subject=film, predicate="filming_location")]
    by_country = {}
    for f in kb.facts(subject=film, predicate="distributor"):
        t = (f.qualifiers or {}).get("territory")
        if t:
            by_country[t] = kb.label(f.value)
    rows = []
    for f in kb.facts(subject=film, predicate="release_date"):
        country = kb.label((f.qualifiers or {}).get("country", ""))
        if len(str(f.value)) != 10 or not country or not rt or not budget or len(cos) < 2:
            continue
        d = dt.date.fromisoformat(str(f.value))
        rows.append(dict(film="Anora", rt=int(rt), m=int(budget) // 1_000_000,
                         days=int(days), co1=cos[0], co2=cos[1], place=places[len(rows) % len(places)],
                         country=country, dist=by_country.get(country), disputed=f.disputed,
                         day=f"{d:%B} {d.day}, {d.year}"))
    return rows


def production_shapes(r: dict) -> list[str]:
    r = dict(r, where=("the " if r["country"].startswith("United") else "") + r["country"],
             a="an" if r["day"][:1] in "AEIOU" else "a")
    out = [
        f"The {r['rt']}-minute {r['film']} was made for ${r['m']} million.",
        f"At {r['rt']} minutes, {r['film']} never drags, and it cost about ${r['m']} million.",
        f"{r['film']} runs {r['rt'] // 60} hours and {r['rt'] % 60} minutes; it is a "
        f"${r['m']} million {r['co1']} and {r['co2']} production.",
        f"Shot over {r['days']} days, {r['film']} cost roughly ${r['m']} million.",
        f"{r['film']}, shot in {r['place']}, cost roughly ${r['m']} million.",
        f"{r['film']} is set for {r['a']} {r['day']} release in {r['where']}.",
        f"{r['film']} is a {r['co1']} and {r['co2']} production, shot in {r['days']} days.",
        f"The film's producers, {r['co1']} and {r['co2']}, made {r['film']} for "
        f"${r['m']} million.",
    ]
    if r["dist"]:
        out += [
            f"{r['dist']}, which distributed {r['film']} in {r['where']}, opened it there "
            f"on {r['day']}.",
            f"{r['film']}, {'an' if r['dist'][:1] in 'AEIOU' else 'a'} {r['dist']} release, "
            f"opened in {r['where']} on {r['day']}.",
        ]
    return out


def _production_mutant(rng, r: dict) -> dict:
    """`r` with one slot changed: the budget, the shooting days, the day, the distributor."""
    m = dict(r)
    kind = rng.choice(["m", "days", "day", "dist"] if r["dist"] else ["m", "days", "day"])
    if kind == "m":
        m["m"] = r["m"] * 4
    elif kind == "days":
        m["days"] = r["days"] + 20
    elif kind == "day":
        d = dt.datetime.strptime(r["day"], "%B %d, %Y").date() + dt.timedelta(days=9)
        m["day"] = f"{d:%B} {d.day}, {d.year}"
    else:
        m["dist"] = "A24"
    return m


# Runs and spans of one person's wins of one prize (`streaks`): every pair of an acting or
# directing Oscar category's wins by one person (ceremonies 1-98), with the years between
# them, whether they were at consecutive ceremonies and the win's order; every pair of one
# director's Palmes.
STREAK_PRIZES = {k: v for k, v in (
    ("academy-award-for-best-actor", "Best Actor"),
    ("academy-award-for-best-actress", "Best Actress"),
    ("academy-award-for-best-supporting-actor", "Best Supporting Actor"),
    ("academy-award-for-best-supporting-actress", "Best Supporting Actress"),
    ("academy-award-for-best-director", "Best Director"))}


def repeat_wins(kb) -> list[dict]:
    """One row per pair of wins of one prize by one person: p, cat (the prize's words), the
    two wins' years (y1, y2: the ceremony's, or the festival's), their films, their order
    (k: the later one is the person's k-th win of the prize) and whether they were at
    consecutive editions (run)."""
    by = collections.defaultdict(list)
    for f in kb.facts(predicate="award_received"):
        q = f.qualifiers or {}
        if f.value in STREAK_PRIZES and str(q.get("ceremony", "")).endswith("academy-awards"):
            nth, n = _night(q)
            film = q.get("film_title") or (kb.label(q["for_work"]) if q.get("for_work") else "")
            if n and kb.entity(f.subject) is not None and kb.entity(f.subject).type == "person":
                by[(f.subject, STREAK_PRIZES[f.value])].append((n, int(q["year"]), film))
        elif f.value == "palme-d-or" and len(q.get("recipients") or []) == 1:
            who = q["recipients"][0]
            if kb.entity(who) is not None:
                ed = kb.label(q.get("ceremony", "")).split()[0]
                n = int(ed[:-2]) if ed[:-2].isdigit() else 0
                by[(who, "the Palme d'Or")].append((n, int(q["year"]), kb.label(f.subject)))
    rows = []
    for (who, cat), wins in by.items():
        wins = sorted(set(wins))
        if len({w[0] for w in wins}) != len(wins):
            continue   # two wins of one prize at one edition: their order is unsaid
        for k in range(1, len(wins)):
            (n1, y1, f1), (n2, y2, f2) = wins[k - 1], wins[k]
            rows.append(dict(p=kb.label(who), cat=cat, y1=y1, y2=y2, f1=f1, f2=f2, k=k + 1,
                             run=n2 == n1 + 1, oscar=cat != "the Palme d'Or"))
    return rows


_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def streak_shapes(r: dict) -> list[str]:
    """True sentences about a pair of one person's wins: its run (when at consecutive
    editions), the years between them, counted from the first or from the earlier film."""
    gap, nth, prize = r["y2"] - r["y1"], _ORD.get(r["k"]), r["cat"]
    words = f"{prize} Oscar" if r["oscar"] else "Palme d'Or"
    out = []
    if r["run"]:
        out += [f"{r['p']} won {prize} two years in a row.",
                f"{r['p']} won {prize} in consecutive years.",
                f"{r['p']}, who won back-to-back {words}s, is in a small club.",
                f"In {r['y2']}, {r['p']} took {prize} for the second year running."]
    if nth and r["k"] == 2:
        out.append(f"{r['p']}'s second {words} came {gap} year{'s' if gap != 1 else ''} "
                   f"after the first.")
    if nth and r["f1"]:
        out.append(f"{r['p']} won a {nth} {words} in {r['y2']}, {gap} year"
                   f"{'s' if gap != 1 else ''} after {r['f1']}.")
    return out


def streak_mutants(rng, rows: list[dict]) -> list[tuple[str, int]]:
    """A pair's sentences with one slot changed: a run said of wins years apart, the years
    between them off by two."""
    r = rng.choice(rows)
    m = dict(r, y2=r["y2"] + 2)
    pairs = list(zip(streak_shapes(r), streak_shapes(m)))
    out = [(new, len(_common_prefix(old, new))) for old, new in pairs if old != new]
    if not any(x["run"] for x in rows if (x["p"], x["cat"]) == (r["p"], r["cat"])):
        # a run said of one who has none (where the run is said)
        out += [(s, min(i for w in _RUN_WORDS if (i := s.find(w)) >= 0))
                for s in streak_shapes(dict(r, run=True))[:4]]
    return out


_RUN_WORDS = ("two years in a row", "consecutive", "back-to-back", "second year running")


def film_tallies(kb, per_category: bool = False) -> list[dict]:
    """One row per film and Academy Awards ceremony where it had two or more nominations: its
    wins and nominations there (a nomination is a category and a nominee: two actors of one
    film in one category are two), ceremonies 1-97, under the film's KB label. `per_category`:
    outside the acting categories a category is one nomination whoever its nominees (two
    directors of one film are one), as the Academy counts them."""
    noms, wins = collections.defaultdict(set), collections.defaultdict(set)
    # (a prize no one was nominated for that night, a special award, is a win, no nomination)
    contested = {(f.value, (f.qualifiers or {}).get("ceremony"))
                 for f in kb.facts(predicate="nominated_for")}
    for pred in ("nominated_for", "award_received"):
        for f in kb.facts(predicate=pred):
            q = f.qualifiers or {}
            night = q.get("ceremony", "")
            if not night.endswith("-academy-awards") or f.disputed:
                continue
            film = f.subject if getattr(kb.entity(f.subject), "type", None) == "film" \
                else q.get("for_work")
            if not film or getattr(kb.entity(film), "type", None) != "film":
                continue
            acting = "actor" in f.value or "actress" in f.value
            key = (f.value, f.subject if acting or not per_category else None,
                   q.get("detail"))   # (a film's two songs are two)
            if (f.value, night) in contested:
                noms[(film, night)].add(key)
            if pred == "award_received":
                wins[(film, night)].add(key)
    rows = []
    for (film, night), got in noms.items():
        nth = night.split("-")[0]
        if len(got) < 2 or not 1 <= int(nth[:-2]) <= 97:
            continue
        rows.append(dict(film=kb.label(film), nth=nth, n=len(got), w=len(wins[(film, night)])))
    return sorted(rows, key=lambda r: (r["nth"], r["film"]))


def tally_shapes(t: dict) -> list[str]:
    """A film's night told as a tally, in the registers writers use."""
    f, nth, n, w = t["film"], t["nth"], t["n"], t["w"]
    out = [f"{f} went {w}-for-{n} at the {nth} Academy Awards.",
           f"At the {nth} Academy Awards, {f} won {w} of its {n} Oscar nominations.",
           f"{f} went {w} for {n} at the {nth} Academy Awards."]
    if w == 0:
        out.append(f"{f} went home empty-handed from {n} Oscar nominations at the {nth} "
                   f"Academy Awards.")
    return out


def _mutant(rng, kind: str, row: dict, pool: list[dict]) -> tuple[dict, str]:
    """`row` with one slot changed (`kind`: year, film, cat, d, day) and the new words."""
    m = dict(row)
    if kind == "year":
        m["y"] += 3
        m["fy"] = m.get("fy", m["y"]) + 3
        return m, str(m["y"])
    if kind == "day":
        d = dt.datetime.strptime(m["day"], "%B %d, %Y").date() + dt.timedelta(days=3)
        m.update(day=f"{d:%B} {d.day}, {d.year}", dm=f"{d.day} {d:%B}", y=d.year)
        return m, m["day"]
    other = rng.choice([r for r in pool if r[kind] != row[kind]])
    m[kind] = other[kind]
    return m, m[kind]


def mutants(kb, rng, family: str) -> list[tuple[str, int]]:
    """(sentence, where it changed): a composed sentence with one slot of its second fact
    changed, so a claim `supported` over the changed words is a wrong support. Only the shapes
    whose words the change reaches."""
    if family == "craft":
        rows = craft_wins(kb)
        a, b = sorted(rng.sample(rows, 2), key=lambda r: r["y"])
        held = {(r["film"], r["cat"], r["y"]) for r in rows}
        m = b
        while (m["film"], m["cat"], m["y"]) in held:   # a change that is a win too is none
            m, _w = _mutant(rng, rng.choice(["year", "film", "cat"]), b, rows)
        pairs = zip(craft_shapes(a, b), craft_shapes(a, m))
    elif family == "losses":
        got = craft_losses(kb)
        nom, win = rng.choice(got)
        held = {(w["film"], w["cat"], w["y"]) for _n, w in got}
        m = win
        while (m["film"], m["cat"], m["y"]) in held or m["film"] == nom["film"]:
            m, _w = _mutant(rng, "film", win, [w for _n, w in got])
        pairs = zip(loss_shapes(nom, win), loss_shapes(nom, m))
    elif family == "streaks":
        return streak_mutants(rng, repeat_wins(kb))
    elif family == "credits":
        films, crew, cast = directed(kb), anora_credits(kb), anora_cast(kb)
        r, s = rng.sample(films, 2)
        m, _w = _mutant(rng, "d", s, films)
        c, e = rng.sample(crew, 2)
        r = dict(r, cast=rng.choice(cast))
        pairs = zip(credit_shapes(c, e, r, s), credit_shapes(c, e, r, m))
    elif family == "production":
        r = rng.choice(anora_production(kb))
        pairs = zip(production_shapes(r), production_shapes(_production_mutant(rng, r)))
    elif family == "palme":
        wins, others = palme_wins(kb), cannes_entrants(kb)
        a, b = rng.sample(wins, 2)
        m = rng.choice(others)
        pairs = zip(palme_plain_shapes(a, b), palme_plain_shapes(a, m))
    elif family == "tallies":   # one more win (or one more nomination, a perfect night)
        t = rng.choice(film_tallies(kb))
        m = dict(t, w=t["w"] + 1) if t["w"] < t["n"] else dict(t, n=t["n"] + 1)
        pairs = zip(tally_shapes(t), tally_shapes(m))
    else:
        days = premieres(kb)
        a, b = rng.sample(days, 2)
        m, _w = _mutant(rng, "day", b, days)
        pairs = zip(date_shapes(a, b), date_shapes(a, m))
    return [(new, len(_common_prefix(old, new))) for old, new in pairs if old != new]


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--family", choices=("all", "oscars", "palme", "craft", "losses", "credits",
                                         "dates", "production", "streaks", "tallies"),
                    default="all")
    ap.add_argument("--mutate", action="store_true",
                    help="change one slot of the second fact; count supports over it")
    args = ap.parse_args(argv)
    import reelcheck
    from reelcheck.pipeline import resolve_kb
    kb = resolve_kb(None)
    rng = random.Random(args.seed)
    if args.mutate:
        fams = ("craft", "losses", "credits", "dates", "production", "palme") \
            if args.family == "all" else (args.family,)
        n = wrong = caught = 0
        for _ in range(args.pairs):
            for fam in fams:
                for s, at in mutants(kb, rng, fam):
                    n += 1
                    got = [c for c in reelcheck.check(s, kb=kb).claims if c.start <= at < c.end]
                    caught += any(c.verdict == "refuted" for c in got)
                    # (streaks: a win's claim over the run's words, beside the run's own
                    # claim that refutes them, says the win alone)
                    told = fam == "streaks" and any(c.verdict == "refuted" for c in got)
                    for c in got:
                        if c.verdict == "supported" and not told:
                            wrong += 1
                            print(f"WRONG SUPPORT: {s}\n    {c.text!r}: {c.explanation}")
        print(f"{n} mutant sentences, wrong supports {wrong}, refuted over the change {caught}")
        return 1 if wrong else 0
    sentences = []
    wins, palmes = oscar_wins(kb), palme_wins(kb)
    crafts, losses, days = craft_wins(kb), craft_losses(kb), premieres(kb)
    films, crew, cast = directed(kb), anora_credits(kb), anora_cast(kb)
    repeats = repeat_wins(kb) if args.family == "streaks" else []
    tallies = film_tallies(kb) if args.family == "tallies" else []
    for _ in range(args.pairs):
        if args.family == "tallies":   # (not in "all": its sample would change)
            sentences += tally_shapes(rng.choice(tallies))
        if args.family in ("all", "oscars"):
            a, b = sorted(rng.sample(wins, 2), key=lambda r: r["y"])
            sentences += oscar_shapes(a, b)
        if args.family in ("all", "palme"):
            p, q = sorted(rng.sample(palmes, 2), key=lambda r: r["y"])
            sentences += palme_shapes(p, q) + palme_plain_shapes(p, q)
        if args.family in ("all", "craft"):
            a, b = sorted(rng.sample(crafts, 2), key=lambda r: r["y"])
            sentences += craft_shapes(a, b)
        if args.family in ("all", "losses"):
            sentences += loss_shapes(*rng.choice(losses))
        if args.family in ("all", "credits"):
            r, s = rng.sample(films, 2)
            sentences += credit_shapes(*rng.sample(crew, 2), dict(r, cast=rng.choice(cast)), s)
        if args.family in ("all", "dates"):
            a, b = rng.sample(days, 2)
            sentences += date_shapes(a, b)
        if args.family in ("all", "production"):
            sentences += production_shapes(rng.choice(anora_production(kb)))
        if args.family == "streaks":
            sentences += streak_shapes(rng.choice(repeats))
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
