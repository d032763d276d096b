"""Write a synthetic Wikidata JSON dump in the real line format, for import benchmarks.

    python benchmarks/gen_wikidata_dump.py OUT.json [--entities 1000000] [--seed 7] [--gzip]

About 30% of the entities are the film domain (films with cast, crew, dates, money, awards;
the people, characters, companies, places and awards they name) and 70% are unrelated items
(places, people with non-film awards, things) with the kinds of statements real items carry
(coordinates, external ids, quantities, references). Around 10 statements per entity, entities
in shuffled id order so references point both forward and backward, as in a real dump.
All names are invented. Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from pathlib import Path

import orjson

WD = "http://www.wikidata.org/entity/"
SYL = ["ka", "lo", "mi", "ra", "ve", "sto", "len", "dor", "bra", "nis", "tha", "qua", "zel",
       "mar", "ion", "ute", "fen", "gar", "hol", "kri", "per", "sal", "tov", "yen", "wex"]
WORDS = ["Silent", "Harbour", "Night", "Glass", "River", "Winter", "Last", "Garden", "Iron",
         "Letter", "Summer", "Echo", "Paper", "Crown", "Ashes", "Lantern", "Salt", "Road",
         "Mirror", "Island", "Storm", "Velvet", "Hunter", "Orchard", "Signal", "Tide"]
FILM_CLASSES = ["Q11424", "Q11424", "Q11424", "Q24869", "Q506240", "Q202866", "Q24862",
                "Q93204"]
OTHER_CLASSES = ["Q486972", "Q515", "Q8502", "Q4022", "Q16521", "Q13442814", "Q7187",
                 "Q41176", "Q532", "Q23397"]


def ent(q: str) -> dict:
    return {"value": {"entity-type": "item", "numeric-id": int(q[1:]), "id": q},
            "type": "wikibase-entityid"}


def timev(y: int, m: int, d: int, p: int) -> dict:
    return {"value": {"time": f"+{y:04d}-{m:02d}-{d:02d}T00:00:00Z", "timezone": 0, "before": 0,
                      "after": 0, "precision": p, "calendarmodel": WD + "Q1985727"},
            "type": "time"}


def qty(a, unit: str | None) -> dict:
    return {"value": {"amount": f"+{a}", "unit": WD + unit if unit else "1"}, "type": "quantity"}


class Gen:
    def __init__(self, n: int, seed: int):
        self.r = random.Random(seed)
        self.n = n
        self.seq = 0
        kinds = (["film"] * 80 + ["fperson"] * 150 + ["character"] * 20 + ["company"] * 10
                 + ["fplace"] * 10 + ["award"] * 8 + ["ceremony"] * 4 + ["festival"] * 2
                 + ["person"] * 150 + ["item"] * 566)        # 30.4% film domain
        ids = list(range(1_000_001, 1_000_001 + n))
        self.r.shuffle(ids)
        self.kind: dict[int, str] = {}
        self.pool: dict[str, list[str]] = {}
        for i, qn in enumerate(ids):
            k = kinds[i % len(kinds)]
            self.kind[qn] = k
            self.pool.setdefault(k, []).append(f"Q{qn}")
        for k in kinds:
            self.pool.setdefault(k, ["Q1"])

    def pick(self, k: str) -> str:
        return self.r.choice(self.pool[k])

    def name(self) -> str:
        r = self.r
        return " ".join("".join(r.choice(SYL) for _ in range(r.randint(2, 3))).title()
                        for _ in range(2))

    def title(self) -> str:
        r = self.r
        return ("The " if r.random() < 0.5 else "") + " ".join(r.sample(WORDS, r.randint(1, 3)))

    def st(self, pid: str, dv: dict, qid: str, quals: dict | None = None, ref: bool = True,
           rank: str = "normal") -> dict:
        self.seq += 1
        s = {"mainsnak": {"snaktype": "value", "property": pid, "datavalue": dv,
                          "datatype": "wikibase-item"},
             "type": "statement", "id": f"{qid}${self.seq:08X}-AAAA-BBBB-CCCC", "rank": rank}
        if quals:
            s["qualifiers"] = {p: [{"snaktype": "value", "property": p, "hash": "0" * 40,
                                    "datavalue": v}] for p, v in quals.items()}
            s["qualifiers-order"] = list(quals)
        if ref and self.r.random() < 0.6:
            snaks = {"P143": [{"snaktype": "value", "property": "P143", "datavalue": ent("Q328")}]}
            if self.r.random() < 0.4:
                snaks["P854"] = [{"snaktype": "value", "property": "P854", "datavalue": {
                    "value": f"https://example.org/src/{self.seq}", "type": "string"}}]
            s["references"] = [{"hash": "1" * 40, "snaks": snaks, "snaks-order": list(snaks)}]
        return s

    def entity(self, qn: int) -> dict:
        k = self.kind[qn]
        qid = f"Q{qn}"
        r = self.r
        label = self.title() if k in ("film",) else self.name()
        claims: dict = {}

        def add(pid, dv, **kw):
            claims.setdefault(pid, []).append(self.st(pid, dv, qid, **kw))

        if k == "film":
            add("P31", ent(r.choice(FILM_CLASSES)))
            y = r.randint(1920, 2025)
            for _ in range(r.randint(1, 2)):
                add("P57", ent(self.pick("fperson")))
            for _ in range(r.randint(1, 2)):
                add("P58", ent(self.pick("fperson")))
            for i in range(r.randint(4, 8)):
                quals = {"P453": ent(self.pick("character"))} if i < 2 else (
                    {"P4633": {"value": self.name(), "type": "string"}} if i < 4 else None)
                add("P161", ent(self.pick("fperson")), quals=quals)
            for pid in ("P162", "P344", "P86", "P1040"):
                add(pid, ent(self.pick("fperson")))
            add("P577", timev(y, r.randint(1, 12), r.randint(1, 28), 11),
                quals={"P291": ent(self.pick("fplace"))})
            add("P577", timev(y, 0, 0, 9))
            add("P2047", qty(r.randint(70, 180), "Q7727"), rank="preferred")
            if r.random() < 0.5:
                add("P2130", qty(r.randint(1, 200) * 1_000_000, "Q4917"))
                add("P2142", qty(r.randint(1, 900) * 1_000_000, r.choice(["Q4917", "Q4916"])))
            for pid, k2 in (("P272", "company"), ("P750", "company"), ("P495", "fplace"),
                            ("P364", "fplace"), ("P915", "fplace"), ("P840", "fplace")):
                add(pid, ent(self.pick(k2)))
            if r.random() < 0.2:
                add("P166", ent(self.pick("award")), quals={
                    "P585": timev(y + 1, 0, 0, 9), "P805": ent(self.pick("ceremony"))})
            if r.random() < 0.3:
                add("P1411", ent(self.pick("award")), quals={"P585": timev(y + 1, 0, 0, 9)})
            add("P345", {"value": f"tt{qn:08d}", "type": "string"})
        elif k in ("fperson", "person"):
            add("P31", ent("Q5"))
            add("P21", ent(r.choice(["Q6581097", "Q6581072"])))
            add("P569", timev(r.randint(1900, 2005), r.randint(1, 12), r.randint(1, 28),
                              r.choice([9, 11, 11])))
            add("P19", ent(self.pick("fplace" if k == "fperson" else "item")))
            add("P27", ent(self.pick("fplace" if k == "fperson" else "item")))
            for _ in range(2):
                add("P106", ent(self.pick("item")))
            if k == "fperson":
                add("P345", {"value": f"nm{qn:08d}", "type": "string"})
                if r.random() < 0.05:
                    add("P166", ent(self.pick("award")))
            elif r.random() < 0.2:
                add("P166", ent(self.pick("item")), quals={"P585": timev(2000, 0, 0, 9)})
            add("P214", {"value": str(r.randint(10**8, 10**9)), "type": "string"})
        elif k == "award":
            add("P31", ent(r.choice(["Q4220917", "Q618779"])))
            add("P17", ent(self.pick("fplace")))
        elif k == "ceremony":
            add("P31", ent("Q4504495"))
            add("P585", timev(r.randint(1930, 2025), r.randint(1, 12), r.randint(1, 28), 11))
        elif k == "festival":
            add("P31", ent("Q220505"))
            add("P17", ent(self.pick("fplace")))
        elif k == "character":
            add("P31", ent(r.choice(["Q95074", "Q15773347"])))
        elif k == "company":
            add("P31", ent("Q4830453"))
            add("P17", ent(self.pick("fplace")))
            add("P571", timev(r.randint(1900, 2020), 0, 0, 9))
        else:   # unrelated items and places
            add("P31", ent(r.choice(OTHER_CLASSES)))
            add("P17", ent(self.pick("fplace")))
            add("P131", ent(self.pick("item")))
            add("P625", {"value": {"latitude": r.uniform(-80, 80), "longitude": r.uniform(-180, 180),
                                   "altitude": None, "precision": 0.0001,
                                   "globe": WD + "Q2"}, "type": "globecoordinate"})
            add("P1082", qty(r.randint(10, 10**6), None), quals={"P585": timev(2020, 0, 0, 9)})
            add("P571", timev(r.randint(1000, 2020), 0, 0, 9))
            add("P646", {"value": f"/m/0{qn:x}", "type": "string"})
            add("P373", {"value": label, "type": "string"})
            add("P18", {"value": f"{label}.jpg", "type": "string"})
            for _ in range(r.randint(0, 3)):
                add("P361", ent(self.pick("item")))
        langs = ["en", "de", "fr", "es", "it", "nl"][: r.randint(2, 6)]
        return {
            "type": "item", "id": qid,
            "labels": {l: {"language": l, "value": label} for l in langs},
            "descriptions": {l: {"language": l, "value": f"{k} number {qn}"} for l in langs[:3]},
            "aliases": ({"en": [{"language": "en", "value": self.name()}]}
                        if r.random() < 0.3 else {}),
            "claims": claims,
            "sitelinks": {f"{l}wiki": {"site": f"{l}wiki", "title": label, "badges": []}
                          for l in langs[:2]},
            "lastrevid": 1000000 + qn,
        }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--entities", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--gzip", action="store_true", help="also write OUT.gz")
    a = ap.parse_args(argv)
    g = Gen(a.entities, a.seed)
    t0 = time.monotonic()
    out = Path(a.out)
    statements = 0
    with open(out, "wb") as f:
        f.write(b"[\n")
        for i in range(a.entities):
            e = g.entity(1_000_001 + i)
            statements += sum(len(v) for v in e["claims"].values())
            f.write(orjson.dumps(e))
            f.write(b",\n" if i < a.entities - 1 else b"\n")
        f.write(b"]\n")
    size = out.stat().st_size
    print(f"wrote {out}: {a.entities} entities, {statements} statements, "
          f"{size / 1e6:.1f} MB in {time.monotonic() - t0:.1f}s", file=sys.stderr)
    if a.gzip:
        with open(out, "rb") as src, gzip.open(str(out) + ".gz", "wb", compresslevel=6) as dst:
            while chunk := src.read(1 << 22):
                dst.write(chunk)
    return 0


if __name__ == "__main__":
    sys.exit(main())
