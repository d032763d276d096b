"""Re-express the sourced reference sheets (../shared/reference) as reelcheck factsheets.

The reference sheets are loosely typed (many objects are sentences). reelcheck's factsheets are
typed: every object is an entity, a date with precision, a quantity with unit, or a short string,
and completeness is declared explicitly. This script does that translation once; its output in
src/reelcheck/kb/factsheets/ is committed, so a clone without ../shared still has the KB.
Each fact keeps the reference's source URLs as provenance; `memory` facts are left out.

Run: .venv/bin/python tools/make_factsheets.py [--reference ../shared/reference]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from reelcheck.textutil import fold, slug  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "reelcheck" / "kb" / "factsheets"


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


class Sheet:
    def __init__(self, name: str, about: str):
        self.name, self.about = name, about
        self.entities: dict[str, dict] = {}
        self.facts: list[dict] = []
        self.complete: list[dict] = []

    def entity(self, eid: str, label: str, etype: str, **kw) -> str:
        if eid in self.entities:
            e = self.entities[eid]
            for k, v in kw.items():
                if isinstance(v, list):
                    e.setdefault(k, [])
                    e[k] += [x for x in v if x not in e[k]]
                elif v is not None and k not in e:
                    e[k] = v
            return eid
        e = {"id": eid, "label": label, "type": etype}
        e.update({k: v for k, v in kw.items() if v not in (None, [], "")})
        self.entities[eid] = e
        return eid

    def fact(self, subject, predicate, obj, sources, **kw):
        if not sources and kw.get("confidence") != "memory":
            raise SystemExit(f"no sources for {subject} {predicate} {obj}")
        f = {"subject": subject, "predicate": predicate, "object": obj}
        for k in ("qualifiers", "confidence", "disputed_values", "note"):
            if kw.get(k):
                f[k] = kw[k]
        f["sources"] = list(sources)
        self.facts.append(f)

    def dump(self, path: Path, header: str) -> None:
        for eid, imdb in IMDB_IDS.items():
            if eid in self.entities:
                self.entities[eid]["external"] = {"imdb": imdb}
        data = {"factsheet": self.name, "about": self.about,
                "entities": list(self.entities.values()), "facts": self.facts,
                "complete": self.complete}
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=4096)
        path.write_text(header + text, encoding="utf-8")


# IMDb ids that tie a sheet's entity to the Oscar record's one (kb/oscars.py merges by them):
# the Palme list's Blowup and MASH are the record's Blow-Up and M*A*S*H; Robert Benton is the
# director of Kramer vs. Kramer (the Academy's database names nm0000914 for Best Director at the
# 52nd), not his namesake the set decorator (nm0072960), whom a merge by name alone would pick
IMDB_IDS = {"blowup-1966-film": "tt0060176", "mash-1970-film": "tt0066026",
            "robert-benton": "nm0000914"}


def load_ref(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Ref:
    """Finds reference entries to inherit their sources (fails loudly when one is missing)."""

    def __init__(self, entries: list[dict]):
        self.entries = entries

    def find(self, subject: str, predicate: str, contains: str = "", qual: str = "") -> dict:
        hits = [e for e in self.entries
                if e.get("subject") == subject and e.get("predicate") == predicate
                and fold(contains) in fold(str(e.get("object")))
                and fold(qual) in fold(str(e.get("qualifiers") or ""))]
        if not hits:
            raise SystemExit(f"reference entry not found: {subject} / {predicate} / {contains}")
        return hits[0]

    def src(self, subject: str, predicate: str, contains: str = "", qual: str = "") -> list:
        e = self.find(subject, predicate, contains, qual)
        srcs = list(e.get("sources") or [])
        for dv in e.get("disputed_values") or []:
            srcs += [s for s in dv.get("sources") or [] if s not in srcs]
        return srcs


# ---------------------------------------------------------------------------------------------
# awards-history.yaml: Cannes' top prize by year, Academy Awards ceremonies and main winners.
# ---------------------------------------------------------------------------------------------
OSCAR_CATEGORIES = {
    "Academy Award for Best Picture": ["Best Picture Oscar", "Oscar for Best Picture",
                                       "Academy Award for Outstanding Picture"],
    "Academy Award for Best Director": ["Best Director Oscar", "Oscar for Best Director"],
    "Academy Award for Best Actor": ["Best Actor Oscar", "Oscar for Best Actor"],
    "Academy Award for Best Actress": ["Best Actress Oscar", "Oscar for Best Actress"],
    "Academy Award for Best Supporting Actor": ["Best Supporting Actor Oscar",
                                                "Oscar for Best Supporting Actor"],
    "Academy Award for Best Supporting Actress": ["Best Supporting Actress Oscar",
                                                  "Oscar for Best Supporting Actress"],
    "Academy Award for Best Original Screenplay": ["Oscar for Best Original Screenplay"],
    "Academy Award for Best Film Editing": ["Oscar for Best Film Editing",
                                            "Best Film Editing Oscar"],
}
LIST_CATEGORY = {
    "oscar_best_picture": "Academy Award for Best Picture",
    "oscar_best_director": "Academy Award for Best Director",
    "oscar_best_actor": "Academy Award for Best Actor",
    "oscar_best_actress": "Academy Award for Best Actress",
    "oscar_best_supporting_actor": "Academy Award for Best Supporting Actor",
    "oscar_best_supporting_actress": "Academy Award for Best Supporting Actress",
    "oscar_best_original_screenplay_80_97": "Academy Award for Best Original Screenplay",
    "oscar_best_film_editing_80_97": "Academy Award for Best Film Editing",
}
TITLE_RX = re.compile(r"^(.*) \((\d{4}) film\)$")


def film_entity(sheet: Sheet, subject: str) -> str:
    m = TITLE_RX.match(subject)
    if not m:
        raise SystemExit(f"not a film subject: {subject}")
    title, year = m.group(1), int(m.group(2))
    return sheet.entity(slug(subject), title, "film", year=year,
                        description=f"{year} film")


def oscar_ceremony(sheet: Sheet, n: int, date: str | None = None) -> str:
    eid = f"{ordinal(n)}-academy-awards"
    year = int(date[:4]) if date else None
    aliases = [f"{ordinal(n)} Oscars", f"{ordinal(n)} Academy Award ceremony"]
    if year:
        aliases += [f"{year} Oscars", f"Oscars {year}", f"{year} Academy Awards",
                    f"{year} Oscar ceremony"]
    return sheet.entity(eid, f"{ordinal(n)} Academy Awards", "ceremony", year=year,
                        aliases=aliases, description=f"Academy Awards ceremony no. {n}")


def cannes_edition(sheet: Sheet, n: int, year: int) -> str:
    eid = f"{ordinal(n)}-cannes-film-festival"
    if eid not in sheet.entities:
        sheet.facts.append({"subject": eid, "predicate": "edition_of",
                            "object": "cannes-film-festival", "sources": CANNES_SRC})
    return sheet.entity(eid, f"{ordinal(n)} Cannes Film Festival", "festival", year=year,
                        aliases=[f"Cannes {year}", f"{year} Cannes Film Festival",
                                 f"Cannes Film Festival {year}", f"{year} Cannes festival"],
                        description=f"edition {n} of the Cannes Film Festival ({year})")


CANNES_SRC: list = []


def cannes_edition_number(year: int) -> int:
    if year == 1946:
        return 1
    if year == 1947:
        return 2
    if year == 1949:
        return 3
    return year - 1947


def split_names(text) -> list[str]:
    """'Bodil Ipsen, Lau Lauritzen Jr.' / 'Meg Ryan and Billy Crystal' -> the names, without
    parenthetical notes ('Greta Gerwig (president)')."""
    text = re.sub(r"\([^)]*\)", "", str(text or ""))
    out = []
    for part in re.split(r",\s*|;\s*|\s+and\s+|\s*&\s*", text):
        part = part.strip(" ;")
        if not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", part):
            part = part.rstrip(".")
        if part in ("Jr.", "Sr.", "Jr", "Sr"):
            if out:
                out[-1] += f" {part}"
            continue
        if part and part[0].isupper():
            out.append(part)
    return out


def build_awards(ref_entries: list[dict], anora_ids: set[str]) -> Sheet:
    sh = Sheet("awards-history", "Cannes' top prize by year (1946-2025), the Academy Awards' "
               "ceremonies 1-97 with their dates and main winners, and Cannes editions "
               "2015-2025. Lists are declared complete.")
    sh.entity("academy-awards", "Academy Awards", "award",
              aliases=["Oscars", "Oscar", "Academy Award", "the Academy Awards"],
              description="annual awards of the Academy of Motion Picture Arts and Sciences")
    sh.entity("cannes-film-festival", "Cannes Film Festival", "festival",
              aliases=["Cannes", "Festival de Cannes", "Cannes festival"],
              description="international film festival held in Cannes, France")
    sh.entity("palme-d-or", "Palme d'Or", "award",
              aliases=["Golden Palm", "Palme", "Grand Prix du Festival International du Film"],
              description="Cannes' top prize (named Grand Prix du Festival International du Film "
                          "in 1946-1954 and 1964-1974)")
    sh.entity("grand-prix-cannes", "Grand Prix (Cannes Film Festival)", "award",
              aliases=["Cannes Grand Prix"],
              description="since the 1970s Cannes' second prize, runner-up to the Palme d'Or")
    naming = next(e for e in ref_entries if e.get("predicate") == "naming_history")
    CANNES_SRC[:] = next(e for e in ref_entries if e.get("predicate") == "edition_numbering")["sources"]
    sh.fact("palme-d-or", "part_of", "cannes-film-festival", naming["sources"])
    sh.fact("grand-prix-cannes", "part_of", "cannes-film-festival",
            next(e for e in ref_entries if e.get("predicate") == "disambiguation")["sources"])
    list_src = {}
    for e in ref_entries:
        if e.get("list") in LIST_CATEGORY and e.get("predicate") == "award_received":
            list_src.setdefault(LIST_CATEGORY[e["list"]], e["sources"][:2])
    for label, aliases in OSCAR_CATEGORIES.items():
        eid = slug(label)
        sh.entity(eid, label, "award", aliases=aliases, description="Academy Award category")
        sh.fact(eid, "part_of", "academy-awards", list_src[label])
    for extra in ("Academy Award for Best Documentary Feature",
                  "Academy Award for Best Documentary Short Subject",
                  "Academy Award for Best Short Subject (Cartoons)",
                  "Academy Award for Best Short Subject (Two-Reel)",
                  "Academy Award for Unique and Artistic Production"):
        sh.entity(slug(extra), extra, "award", description="Academy Award category")
        dis = [e for e in ref_entries if e.get("list") == "disney_26th_four_oscars"]
        sh.fact(slug(extra), "part_of", "academy-awards", dis[0]["sources"])

    films_by_title: dict[str, list[str]] = {}
    ceremonies: dict[int, str] = {}
    for e in ref_entries:
        q = e.get("qualifiers") or {}
        if e.get("list") == "oscar_ceremony_dates":
            n = int(q["ceremony_number"])
            cid = oscar_ceremony(sh, n, str(e["object"]))
            ceremonies[n] = cid
            sh.fact(cid, "ceremony_date", str(e["object"]), e["sources"],
                    qualifiers={"eligibility_year": str(q.get("eligibility_year"))})
            sh.fact(cid, "edition_of", "academy-awards", e["sources"])
            sh.fact(cid, "edition_number", n, e["sources"])

    # pass 1: film entities from film subjects
    for e in ref_entries:
        s = e.get("subject", "")
        if TITLE_RX.match(s) and e.get("predicate") in ("award_received",
                                                         "won_cannes_top_prize_and_best_picture"):
            fid = film_entity(sh, s)
            films_by_title.setdefault(fold(sh.entities[fid]["label"]), []).append(fid)

    def film_for_title(title: str, year_hint: int | None) -> str | None:
        cands = films_by_title.get(fold(title), [])
        if year_hint:
            cands = [c for c in cands if abs(sh.entities[c]["year"] - year_hint) <= 2]
        return cands[0] if len(cands) == 1 else None

    cannes_years_with_prize: set[int] = set()
    for e in ref_entries:
        q = dict(e.get("qualifiers") or {})
        lst = e.get("list")
        pred = e.get("predicate")
        conf = e.get("confidence", "sourced")
        dvals = e.get("disputed_values")
        if lst == "cannes_top_prize" and pred == "award_received":
            year = int(q["year"])
            fid = film_entity(sh, e["subject"])
            ed = cannes_edition(sh, cannes_edition_number(year), year)
            quals = {"ceremony": ed, "year": year, "recipients_text": q.get("recipient")}
            # the recipients (directors) are people of their own, with the film's credit
            people = [sh.entity(slug(n), n, "person", description="film director")
                      if slug(n) not in anora_ids else slug(n)
                      for n in split_names(q.get("recipient"))]
            if people:
                quals["recipients"] = people
                if conf != "disputed" and fid not in anora_ids:  # anora.yaml credits its own
                    for pid in people:
                        if not any(f["subject"] == fid and f["predicate"] == "director"
                                   and f["object"] == pid for f in sh.facts):
                            sh.fact(fid, "director", pid, e["sources"])
            if e["object"] != "Palme d'Or":
                quals["prize_name"] = e["object"]
            if q.get("shared_with"):
                quals["shared_with"] = q["shared_with"]
            kw = {"qualifiers": quals}
            if conf == "disputed":
                kw.update(confidence="disputed", note=e.get("note"), disputed_values=[
                    {"value": fid, "sources": dv.get("sources", [])} for dv in dvals[:1]] + [
                    {"value": fid, "sources": dv.get("sources", [])} for dv in dvals[1:]])
            sh.fact(fid, "award_received", "palme-d-or", e["sources"], **kw)
            cannes_years_with_prize.add(year)
        elif lst == "cannes_top_prize" and pred in ("not_held", "cancelled"):
            year = int(q["year"])
            sh.fact("cannes-film-festival", "not_awarded", str(e["object"]), e["sources"],
                    qualifiers={"year": year, "award": "palme-d-or"})
        elif lst in LIST_CATEGORY and pred == "award_received":
            cat = slug(LIST_CATEGORY[lst])
            n = int(re.match(r"(\d+)", q["ceremony"]).group(1))
            cid = ceremonies[n]
            year = int(str(q["ceremony_date"])[:4])
            quals = {"ceremony": cid, "year": year, "eligibility_year": str(q["eligibility_year"])}
            subj = e["subject"]
            if TITLE_RX.match(subj):
                sid = film_entity(sh, subj)
                if q.get("recipients"):
                    quals["recipients_text"] = q["recipients"]
            else:
                sid = slug(subj)
                if sid not in anora_ids:
                    sh.entity(sid, subj, "person", description="film professional")
                title = str(q.get("film") or "")
                ey = int(str(q["eligibility_year"])[:4])
                fid = film_for_title(title, ey) if title and ";" not in title else None
                if fid:
                    quals["for_work"] = fid
                elif title:
                    quals["film_title"] = title
            sh.fact(sid, "award_received", cat, e["sources"], qualifiers=quals,
                    note=e.get("note") or None)
        elif lst == "disney_26th_four_oscars":
            sh.entity("walt-disney", "Walt Disney", "person", description="American producer")
            sh.fact("walt-disney", "award_received", slug(e["object"]), e["sources"],
                    qualifiers={"ceremony": ceremonies[26], "year": 1954,
                                "film_title": q.get("film"), "role": q.get("role")})
        elif lst == "cannes_editions_2015_2025" and pred in ("start_date", "end_date"):
            ed = cannes_edition(sh, int(q["edition"]), int(q["year"]))
            sh.fact(ed, pred, str(e["object"]), e["sources"])
        elif pred == "won_cannes_top_prize_and_best_picture":
            pass  # expressed below as record facts with accepted ordinals

    for n, cid in ceremonies.items():
        for lst, label in LIST_CATEGORY.items():
            if lst.endswith("_80_97") and n < 80:
                continue
            if "supporting" in lst and n < 9:
                continue
            sh.complete.append({"predicate": "award_received", "object": slug(label),
                                "qualifiers": {"ceremony": cid},
                                "note": f"every {label} winner at the {ordinal(n)} ceremony"})
    for year in range(1946, 2026):
        sh.complete.append({"predicate": "award_received", "object": "palme-d-or",
                            "qualifiers": {"year": year},
                            "note": f"Cannes' top prize of {year}, complete"})
    # Double winners: one record fact per film, with both accepted ordinals.
    double = [e for e in ref_entries if e.get("predicate") == "won_cannes_top_prize_and_best_picture"]
    for e in double:
        q = e["qualifiers"]
        fid = film_entity(sh, e["subject"])
        ords = sorted({int(v) for k, v in q.items() if k.startswith("order_")})
        sh.fact(fid, "record", "won Cannes' top prize and the Academy Award for Best Picture",
                e["sources"], qualifiers={"achievement": "palme_and_best_picture",
                                          "ordinal": max(ords), "accepted_ordinals": ords})
    dis = [e for e in ref_entries if e.get("list") == "disney_26th_four_oscars"]
    sh.complete.append({"predicate": "award_received", "subject": "walt-disney",
                        "qualifiers": {"ceremony": ceremonies[26]}, "sources": dis[0]["sources"],
                        "note": "Walt Disney's four Oscars at the 26th ceremony"})
    disney = next(e for e in ref_entries if e.get("predicate") == "first_or_record"
                  and "Disney" not in str(e.get("object")) and "four Oscars" in str(e.get("object")))
    sh.fact("walt-disney", "record", "four Oscars at a single ceremony, each for a different film",
            disney["sources"], qualifiers={"achievement": "four_oscars_one_night", "ordinal": 1,
                                           "accepted_ordinals": [1], "ceremony": ceremonies[26]})
    return sh


# ---------------------------------------------------------------------------------------------
# anora.yaml: the film, its people, its awards season. Hand-typed; sources from the reference.
# ---------------------------------------------------------------------------------------------
def L_(sh: Sheet, eid: str) -> str:
    return sh.entities[eid]["label"]


def build_anora(ref_entries: list[dict]) -> Sheet:
    R = Ref(ref_entries)
    A = "Anora (2024 film)"
    sh = Sheet("anora", "Anora (2024, dir. Sean Baker): cast, crew, release, festivals, "
               "awards season, production, plot, and the people involved.")
    F = sh.entity("anora-2024-film", "Anora", "film", year=2024, translations=["Анора"],
                  description="2024 comedy-drama written, directed and edited by Sean Baker",
                  aliases=["Anora (2024)"])
    P = lambda eid, label, **kw: sh.entity(eid, label, "person", **kw)  # noqa: E731
    P("sean-baker", "Sean Baker", description="American filmmaker (born 1971)",
      aliases=["Sean S. Baker"])
    P("samantha-quan", "Samantha Quan", description="Canadian producer, former actress")
    P("alex-coco", "Alex Coco", description="American producer")
    P("drew-daniels", "Drew Daniels", description="American cinematographer")
    P("matthew-hearon-smith", "Matthew Hearon-Smith", description="composer")
    P("stephen-phelps", "Stephen Phelps", description="production designer")
    P("ross-brodar", "Ross Brodar", description="location manager and actor")
    P("mikey-madison", "Mikey Madison", description="American actress (born 1999)",
      birth_name="Mikaela Madison Rosberg")
    P("mark-eydelshteyn", "Mark Eydelshteyn", description="Russian actor",
      aliases=["Mark Eidelstein", "Mark Eidelshtein", "Mark Eydelstein"],
      translations=["Марк Эйдельштейн"])
    P("yura-borisov", "Yura Borisov", description="Russian actor (born 1992)",
      aliases=["Yuri Borisov", "Yuriy Borisov", "Yury Borisov"],
      translations=["Юрий Борисов"])
    P("karren-karagulian", "Karren Karagulian", description="Armenian-American actor",
      aliases=["Karren Karaguilian"])
    P("vache-tovmasyan", "Vache Tovmasyan", description="Armenian actor",
      aliases=["Vache Tovmasian"])
    P("aleksei-serebryakov", "Aleksei Serebryakov", description="Russian actor (born 1964)",
      aliases=["Alexei Serebryakov", "Aleksey Serebryakov"])
    P("darya-ekamasova", "Darya Ekamasova", description="Russian actress (born 1984)",
      aliases=["Daria Ekamasova"])
    P("luna-sofia-miranda", "Luna Sofía Miranda", description="American dancer and actress")
    P("lindsey-normington", "Lindsey Normington", description="American actress")
    P("ivy-wolk", "Ivy Wolk", description="American actress")
    P("vincent-radwinsky", "Vincent Radwinsky", description="actor")
    P("ella-rubin", "Ella Rubin", description="American actress")
    P("andrea-werhun", "Andrea Werhun", description="Canadian writer and sex-worker advocate")
    P("kieran-culkin", "Kieran Culkin", description="American actor")
    P("greta-gerwig", "Greta Gerwig", description="American filmmaker")
    P("demi-moore", "Demi Moore", description="American actress")
    P("brady-corbet", "Brady Corbet", description="American filmmaker")
    P("quentin-tarantino", "Quentin Tarantino", description="American filmmaker")
    P("conan-obrien", "Conan O'Brien", description="American television host")
    P("mikhail-baryshnikov", "Mikhail Baryshnikov", description="dancer and actor")
    C = lambda eid, label, **kw: sh.entity(eid, label, "character", **kw)  # noqa: E731
    C("anora-mikheeva", "Anora Mikheeva", nicknames=["Ani", "Anora"],
      aliases=['Anora "Ani" Mikheeva', "Ani Mikheeva"],
      description="the title character of Anora, a stripper and escort from Brighton Beach")
    C("ivan-zakharov", "Ivan Zakharov", nicknames=["Vanya", "Ivan"],
      aliases=['Ivan "Vanya" Zakharov', "Vanya Zakharov"],
      description="in Anora, the son of a Russian oligarch")
    C("igor", "Igor", description="in Anora, a henchman working for the Zakharov family")
    C("toros", "Toros", description="in Anora, Vanya's godfather, an Armenian priest")
    C("garnick", "Garnick", aliases=["Garnik"], description="in Anora, Toros's brother, a henchman")
    C("nikolai-zakharov", "Nikolai Zakharov", nicknames=["Nikolai"],
      description="in Anora, Vanya's father")
    C("galina-zakharova", "Galina Zakharova", nicknames=["Galina"], aliases=["Galina Zakharov"],
      description="in Anora, Vanya's mother")
    C("lulu", "Lulu", description="in Anora, Ani's friend at the club")
    C("diamond", "Diamond", description="in Anora, a dancer at the club")
    C("jimmy", "Jimmy", description="in Anora, the club's manager")
    O = lambda eid, label, **kw: sh.entity(eid, label, "organization", **kw)  # noqa: E731
    O("neon", "Neon", description="American film distributor", aliases=["NEON"])
    O("filmnation-entertainment", "FilmNation Entertainment", aliases=["FilmNation"],
      description="film production and sales company")
    O("cre-film", "Cre Film", description="production company")
    O("le-pacte", "Le Pacte", description="French film distributor")
    O("universal-pictures", "Universal Pictures", aliases=["Focus Features", "Universal"],
      description="American studio")
    PL = lambda eid, label, **kw: sh.entity(eid, label, "place", **kw)  # noqa: E731
    PL("united-states", "United States", aliases=["USA", "U.S.", "America", "US", "the States"])
    PL("russia", "Russia", aliases=["Russian Federation"])
    PL("armenia", "Armenia")
    PL("canada", "Canada")
    PL("france", "France")
    PL("united-kingdom", "United Kingdom", aliases=["UK", "U.K.", "Britain"])
    PL("germany", "Germany")
    PL("new-york-city", "New York City", aliases=["New York", "NYC", "the Big Apple"])
    PL("brooklyn", "Brooklyn")
    PL("brighton-beach", "Brighton Beach")
    PL("coney-island", "Coney Island")
    PL("mill-basin", "Mill Basin")
    PL("sheepshead-bay", "Sheepshead Bay")
    PL("manhattan", "Manhattan")
    PL("las-vegas", "Las Vegas", aliases=["Vegas"])
    PL("nevada", "Nevada")
    PL("los-angeles", "Los Angeles", aliases=["LA", "L.A."])
    PL("california", "California")
    PL("new-jersey", "New Jersey")
    PL("summit-new-jersey", "Summit, New Jersey", aliases=["Summit"])
    PL("moscow", "Moscow")
    PL("nizhny-novgorod", "Nizhny Novgorod")
    PL("reutov", "Reutov")
    PL("vancouver", "Vancouver")
    PL("cannes-city", "Cannes (city)")
    geo = [("brighton-beach", "brooklyn"), ("coney-island", "brooklyn"), ("mill-basin", "brooklyn"),
           ("sheepshead-bay", "brooklyn"), ("brooklyn", "new-york-city"),
           ("manhattan", "new-york-city"), ("new-york-city", "united-states"),
           ("las-vegas", "nevada"), ("nevada", "united-states"), ("los-angeles", "california"),
           ("california", "united-states"), ("summit-new-jersey", "new-jersey"),
           ("new-jersey", "united-states"), ("moscow", "russia"), ("nizhny-novgorod", "russia"),
           ("reutov", "russia"), ("vancouver", "canada")]
    geo_src = ["https://en.wikipedia.org/wiki/Brighton_Beach", "https://en.wikipedia.org/wiki/Las_Vegas"]
    for a, b in geo:
        sh.fact(a, "part_of", b, geo_src, note="geography")
    sh.entity("english", "English", "other", description="language")

    # crew -----------------------------------------------------------------------------------
    for pred, who, contains in (("director", "sean-baker", "Sean Baker"),
                                ("screenwriter", "sean-baker", "Sean Baker"),
                                ("film_editor", "sean-baker", "Sean Baker"),
                                ("producer", "sean-baker", "Sean Baker"),
                                ("producer", "samantha-quan", "Samantha Quan"),
                                ("producer", "alex-coco", "Alex Coco"),
                                ("casting_director", "sean-baker", "Sean Baker"),
                                ("director_of_photography", "drew-daniels", "Drew Daniels"),
                                ("composer", "matthew-hearon-smith", "Hearon-Smith"),
                                ("production_designer", "stephen-phelps", "Stephen Phelps")):
        sh.fact(F, pred, who, R.src(A, pred, contains))
    # Ani's names: her given name and the one she goes by (the reader's own sources)
    sh.complete.append({"predicate": "nickname", "subject": "anora-mikheeva",
                        "note": "her given name is Anora and she goes by Ani, the name she "
                                "insists on",
                        "sources": ["https://arc.unsw.edu.au/blitz/read/it-s-not-anora-it-s-ani",
                                    "https://dnyuz.com/2024/12/28/the-new-york-that-anora-"
                                    "travels-does-exist-take-our-tour"]})
    for pred in ("director", "screenwriter", "film_editor", "producer", "director_of_photography",
                 "casting_director"):
        sh.complete.append({"predicate": pred, "subject": F,
                            "note": f"Anora's full {pred.replace('_', ' ')} credit"})
    sh.fact(F, "consultant", "andrea-werhun", R.src(A, "consultant", "Werhun"),
            qualifiers={"role": "head sex-work consultant"})
    sh.fact(F, "consultant", "luna-sofia-miranda", R.src(A, "consultant", "Miranda"),
            qualifiers={"role": "consultant on strip-club lingo and attire"})

    # cast -----------------------------------------------------------------------------------
    cast = [("mikey-madison", "anora-mikheeva", "Mikey Madison"),
            ("mark-eydelshteyn", "ivan-zakharov", "Mark Eydelshteyn"),
            ("yura-borisov", "igor", "Yura Borisov"),
            ("karren-karagulian", "toros", "Karren Karagulian"),
            ("vache-tovmasyan", "garnick", "Vache Tovmasyan"),
            ("aleksei-serebryakov", "nikolai-zakharov", "Aleksei Serebryakov"),
            ("darya-ekamasova", "galina-zakharova", "Darya Ekamasova"),
            ("luna-sofia-miranda", "lulu", "Luna Sof"),
            ("lindsey-normington", "diamond", "Lindsey Normington"),
            ("vincent-radwinsky", "jimmy", "Vincent Radwinsky")]
    for actor, char, contains in cast:
        src = R.src(A, "cast_member", contains)
        sh.fact(F, "cast_member", actor, src, qualifiers={"character": char})
        sh.fact(char, "played_by", actor, src, qualifiers={"film": F})
    for actor, contains in (("ivy-wolk", "Ivy Wolk"), ("ella-rubin", "Ella Rubin"),
                            ("ross-brodar", "Ross Brodar")):
        sh.fact(F, "cast_member", actor, R.src(A, "cast_member", contains))

    # companies, origin -----------------------------------------------------------------------
    sh.fact(F, "production_company", "filmnation-entertainment",
            R.src(A, "production_company", "FilmNation"))
    sh.fact(F, "production_company", "cre-film", R.src(A, "production_company", "Cre Film"))
    sh.fact(F, "distributor", "neon", R.src(A, "distributor", "Neon"),
            qualifiers={"territory": "United States"})
    sh.fact(F, "distributor", "le-pacte", R.src(A, "distributor", "Le Pacte"),
            qualifiers={"territory": "France"})
    sh.fact(F, "distributor", "universal-pictures", R.src(A, "distributor", "Universal"),
            qualifiers={"territory": "international"})
    sh.fact(F, "country_of_origin", "united-states", R.src(A, "country_of_origin"))
    sh.fact(F, "original_language", "english", R.src(A, "original_language"))

    # numbers ---------------------------------------------------------------------------------
    rt = R.find(A, "runtime_minutes")
    sh.fact(F, "runtime", 139, R.src(A, "runtime_minutes"), confidence="disputed",
            disputed_values=[{"value": dv["value"], "sources": dv["sources"]}
                             for dv in rt["disputed_values"]], note=rt.get("note"))
    sh.fact(F, "budget", "6000000 USD", R.src(A, "budget_usd"),
            note="reported production budget")
    for amount, contains_q in ((52000000, "2025-03-16"), (51000000, "post-Oscars"),
                               (46000000, "one week after"), (41000000, "2025-03-05"),
                               (34500000, "2025-02-17")):
        e = next(x for x in ref_entries if x.get("predicate") == "box_office_usd"
                 and x.get("object") == amount)
        sh.fact(F, "box_office", f"{amount} USD", e["sources"],
                qualifiers={"scope": "worldwide", "as_of": str(e["qualifiers"]["as_of"])})
    for amount in (20000000, 15000000):
        e = next(x for x in ref_entries if x.get("predicate") == "box_office_usd"
                 and x.get("object") == amount)
        sh.fact(F, "box_office", f"{amount} USD", e["sources"],
                qualifiers={"scope": "domestic", "as_of": str(e["qualifiers"]["as_of"])})
    sh.fact(F, "shooting_days", "37 days", R.src(A, "shooting_days"))
    sc = R.find(A, "scene_fact", "real-time home-invasion")
    sh.fact(F, "scene_length", 28, R.src(A, "scene_fact", "real-time home-invasion"),
            confidence="disputed", qualifiers={"scene": "home invasion"},
            disputed_values=[{"value": 28, "sources": sc["disputed_values"][0]["sources"]},
                             {"value": 25, "sources": sc["disputed_values"][1]["sources"]}])
    ov = R.find(A, "scene_fact", "standing ovation")
    sh.fact(F, "ovation_length", 7.5, R.src(A, "scene_fact", "standing ovation"),
            confidence="disputed", qualifiers={"event": "77th-cannes-film-festival"},
            disputed_values=[{"value": 7.5, "sources": ov["disputed_values"][0]["sources"]},
                             {"value": 10, "sources": ov["disputed_values"][1]["sources"]}])
    fc = R.find("Sean Baker", "feature_count")
    sh.fact("sean-baker", "feature_number", 8, R.src("Sean Baker", "feature_count"),
            confidence="disputed", qualifiers={"film": F},
            disputed_values=[{"value": 8, "sources": fc["disputed_values"][0]["sources"]},
                             {"value": 6, "sources": fc["disputed_values"][1]["sources"]}])
    sh.fact(F, "filming_format", "35mm film", R.src(A, "filming_format", "35mm"))
    sh.fact(F, "filming_format", "anamorphic lenses", R.src(A, "filming_format", "anamorphic"))
    sh.complete.append({"predicate": "filming_format", "subject": F,
                        "note": "shot on 35mm film stock with anamorphic lenses"})
    sh.fact(F, "mpa_rating", "R", R.src(A, "mpa_rating"))

    # dates and festivals ---------------------------------------------------------------------
    us = R.find(A, "release_date", qual="United States")
    sh.fact(F, "release_date", "2024-10-18", R.src(A, "release_date", qual="United States"),
            qualifiers={"country": "united-states", "distributor": "neon"},
            confidence="disputed", note=us.get("note"),
            disputed_values=[{"value": "2024-10-18", "sources": us["disputed_values"][0]["sources"]},
                             {"value": "2024-10-09", "sources": us["disputed_values"][1]["sources"]}])
    for country, date, q in (("france", "2024-10-30", "France"), ("germany", "2024-10-31", "Germany"),
                             ("united-kingdom", "2024-11-01", "United Kingdom")):
        sh.fact(F, "release_date", date, R.src(A, "release_date", qual=q),
                qualifiers={"country": country})
    C77 = "77th-cannes-film-festival"
    sh.fact(F, "premiere_date", "2024-05-21", R.src(A, "premiere", "world premiere"),
            qualifiers={"event": C77, "kind": "world premiere"})
    sh.fact(F, "premiered_at", C77, R.src(A, "premiere", "world premiere"),
            qualifiers={"kind": "world premiere", "section": "main competition"})
    sh.fact(F, "festival_screening", C77, R.src(A, "festival_screening", "22 films"),
            qualifiers={"section": "main competition"})
    fests = [("telluride-film-festival-2024", "Telluride Film Festival 2024", ["Telluride 2024"],
              "Telluride"),
             ("tiff-2024", "2024 Toronto International Film Festival",
              ["TIFF 2024", "Toronto 2024", "49th Toronto International Film Festival"], "Toronto"),
             ("62nd-new-york-film-festival", "62nd New York Film Festival",
              ["NYFF 2024", "2024 New York Film Festival", "New York Film Festival 2024"],
              "New York Film Festival 2024"),
             ("san-sebastian-2024", "72nd San Sebastián International Film Festival",
              ["San Sebastian 2024", "San Sebastián 2024"], "San Sebastian"),
             ("bfi-london-2024", "68th BFI London Film Festival",
              ["London Film Festival 2024", "LFF 2024"], "BFI London"),
             ("camerimage-2024", "Camerimage 2024", [], "Camerimage")]
    for eid, label, aliases, contains in fests:
        sh.entity(eid, label, "festival", aliases=aliases, year=2024)
        sh.fact(F, "festival_screening", eid, R.src(A, "festival_screening", contains))
    sh.entity("new-york-film-festival", "New York Film Festival", "festival", aliases=["NYFF"])
    sh.entity("toronto-international-film-festival", "Toronto International Film Festival",
              "festival", aliases=["TIFF"])
    sh.entity("telluride-film-festival", "Telluride Film Festival", "festival", aliases=["Telluride"])
    sh.fact("62nd-new-york-film-festival", "edition_of", "new-york-film-festival",
            R.src(A, "festival_screening", "New York Film Festival 2024"))
    sh.fact("tiff-2024", "edition_of", "toronto-international-film-festival",
            R.src(A, "festival_screening", "Toronto"))
    sh.fact("telluride-film-festival-2024", "edition_of", "telluride-film-festival",
            R.src(A, "festival_screening", "Telluride"))

    # awards season ---------------------------------------------------------------------------
    O97 = "97th-academy-awards"
    fam = {
        "bafta": ("78th-british-academy-film-awards", "78th British Academy Film Awards",
                  ["BAFTA 2025", "2025 BAFTAs", "BAFTAs 2025", "2025 BAFTA Film Awards",
                   "78th BAFTA Film Awards"], "2025-02-16",
                  "78th British Academy Film Awards (BAFTA 2025)", "bafta-film-awards",
                  "BAFTA Film Awards", ["BAFTA", "BAFTAs", "British Academy Film Awards",
                                        "BAFTA Award"]),
        "gg": ("82nd-golden-globe-awards", "82nd Golden Globe Awards",
               ["2025 Golden Globes", "Golden Globes 2025"], "2025-01-05",
               "82nd Golden Globe Awards", "golden-globe-awards", "Golden Globe Awards",
               ["Golden Globes", "Golden Globe"]),
        "cc": ("30th-critics-choice-awards", "30th Critics Choice Awards",
               ["2025 Critics Choice Awards", "Critics Choice Awards 2025"], None,
               "30th Critics Choice Awards", "critics-choice-awards", "Critics Choice Awards",
               ["Critics Choice", "Critics' Choice Awards", "Critics Choice Movie Awards"]),
        "dga": ("77th-directors-guild-of-america-awards", "77th Directors Guild of America Awards",
                ["2025 DGA Awards", "DGA Awards 2025"], None,
                "77th Directors Guild of America Awards", "dga-awards",
                "Directors Guild of America Awards", ["DGA Awards", "DGA Award", "DGA", "Directors Guild",
                                                     "Directors Guild Awards", "Directors Guild Award"]),
        "pga": ("36th-producers-guild-of-america-awards", "36th Producers Guild of America Awards",
                ["2025 PGA Awards", "PGA Awards 2025"], None,
                "36th Producers Guild of America Awards", "pga-awards",
                "Producers Guild of America Awards", ["PGA Awards", "PGA Award", "PGA", "Producers Guild",
                                                     "Producers Guild Awards", "Producers Guild Award"]),
        "wga": ("writers-guild-of-america-awards-2025", "Writers Guild of America Awards 2025",
                ["2025 WGA Awards", "WGA Awards 2025"], None, "Writers Guild of America Awards 2025",
                "wga-awards", "Writers Guild of America Awards", ["WGA Awards", "WGA Award", "WGA", "Writers Guild",
                                                     "Writers Guild Awards", "Writers Guild Award"]),
        "sag": ("31st-screen-actors-guild-awards", "31st Screen Actors Guild Awards",
                ["2025 SAG Awards", "SAG Awards 2025"], None, "31st Screen Actors Guild Awards",
                "sag-awards", "Screen Actors Guild Awards", ["SAG Awards", "SAG Award"]),
        "spirit": ("40th-independent-spirit-awards", "40th Independent Spirit Awards",
                   ["2025 Independent Spirit Awards", "2025 Spirit Awards", "Spirit Awards 2025"],
                   None, "40th Independent Spirit Awards", "independent-spirit-awards",
                   "Independent Spirit Awards", ["Spirit Awards", "Independent Spirit Award",
                                                 "Film Independent Spirit Awards"]),
        "gotham": ("34th-gotham-awards", "34th Gotham Awards", ["2024 Gotham Awards"], None,
                   "34th Gotham Awards", "gotham-awards", "Gotham Awards", ["Gotham Award"]),
    }
    cer_of = {}
    for key, (cid, clabel, caliases, cdate, refname, famid, famlabel, famaliases) in fam.items():
        sh.entity(famid, famlabel, "award", aliases=famaliases, description="film award")
        sh.entity(cid, clabel, "ceremony", aliases=caliases, year=2025 if "2025" in " ".join(caliases) else 2024)
        cer_of[key] = (cid, refname, famid)
        e = next(x for x in ref_entries if x.get("subject") == A
                 and refname in str((x.get("qualifiers") or {}).get("ceremony")))
        sh.fact(cid, "edition_of", famid, e["sources"])
    sh.fact("78th-british-academy-film-awards", "ceremony_date", "2025-02-16",
            R.src("78th British Academy Film Awards (BAFTA 2025)", "ceremony_date"))
    sh.fact("82nd-golden-globe-awards", "ceremony_date", "2025-01-05",
            R.src("82nd Golden Globe Awards", "ceremony_date"))
    cc_date = R.find("30th Critics Choice Awards", "ceremony_date")
    sh.fact("30th-critics-choice-awards", "ceremony_date", "2025-02-07",
            R.src("30th Critics Choice Awards", "ceremony_date"), confidence="disputed",
            disputed_values=[{"value": "2025-02-07", "sources": cc_date["disputed_values"][0]["sources"]},
                             {"value": "2025-02-08", "sources": cc_date["disputed_values"][1]["sources"]}])
    sp_date = R.find("40th Independent Spirit Awards", "ceremony_date")
    sh.fact("40th-independent-spirit-awards", "ceremony_date", "2025-02-22",
            R.src("40th Independent Spirit Awards", "ceremony_date"), confidence="disputed",
            disputed_values=[{"value": "2025-02-22", "sources": sp_date["disputed_values"][0]["sources"]},
                             {"value": "2025-02-23", "sources": sp_date["disputed_values"][1]["sources"]}])
    for key, date in (("dga", "2025-02-08"), ("pga", "2025-02-08"), ("wga", "2025-02-15"),
                      ("sag", "2025-02-23"), ("gotham", "2024-12-02")):
        cid, refname, _ = cer_of[key]
        pred = "award_received" if key in ("dga", "pga", "wga") else "nominated_for"
        e = next(x for x in ref_entries if x.get("subject") == A and x.get("predicate") == pred
                 and refname in str((x.get("qualifiers") or {}).get("ceremony")))
        sh.fact(cid, "ceremony_date", date, e["sources"])
    sh.fact(O97, "nominations_announced", "2025-01-23",
            R.src("97th Academy Awards", "nominations_announced"))

    def cat(famkey: str, label: str, aliases=()) -> str:
        famid = cer_of[famkey][2] if famkey != "oscar" else "academy-awards"
        eid = slug(label)
        if famkey != "oscar":
            sh.entity(eid, label, "award", aliases=list(aliases), description="award category")
            part_of_src = R.src(A, "award_received" if famkey in ("dga", "pga", "wga") else
                                "nominated_for", qual=cer_of[famkey][1])
            if not any(f["subject"] == eid and f["predicate"] == "part_of" for f in sh.facts):
                sh.fact(eid, "part_of", famid, part_of_src)
        return eid

    def award(pred, famkey, label, recipients=(), contains=None, aliases=(), src_subject=A,
              src_pred=None, qual_extra=None):
        cid = O97 if famkey == "oscar" else cer_of[famkey][0]
        refname = "97th Academy Awards" if famkey == "oscar" else cer_of[famkey][1]
        aid = cat(famkey, label, aliases)
        key = contains or label.split(" for ")[-1] if " for " in label else label
        src = R.src(src_subject, src_pred or pred, key, qual=refname)
        quals = {"ceremony": cid, "year": 2025 if famkey != "gotham" else 2024}
        res = str((R.find(src_subject, src_pred or pred, key, qual=refname).get("qualifiers")
                   or {}).get("result") or "")
        if pred == "nominated_for" and res.lower().startswith("lost to"):
            quals["result"] = res
        if recipients:
            quals["recipients"] = list(recipients)
        quals.update(qual_extra or {})
        sh.fact(F, pred, aid, src, qualifiers=quals)

    # Oscars: 6 nominations, 5 wins
    oscar = [("Academy Award for Best Picture", ["sean-baker", "samantha-quan", "alex-coco"], True),
             ("Academy Award for Best Director", ["sean-baker"], True),
             ("Academy Award for Best Actress", ["mikey-madison"], True),
             ("Academy Award for Best Original Screenplay", ["sean-baker"], True),
             ("Academy Award for Best Film Editing", ["sean-baker"], True),
             ("Academy Award for Best Supporting Actor", ["yura-borisov"], False)]
    noms_src = R.src(A, "nominated_for", "6 Academy Award nominations")
    for label, rec, won in oscar:
        if won:
            award("award_received", "oscar", label, rec, contains=label)
        sh.fact(F, "nominated_for", slug(label), noms_src,
                qualifiers={"ceremony": O97, "year": 2025, "recipients": rec})
    sh.complete += [
        {"predicate": "award_received", "subject": F, "qualifiers": {"ceremony": O97},
         "note": "Anora won 5 of its 6 nominations at the 97th Academy Awards"},
        {"predicate": "nominated_for", "subject": F, "qualifiers": {"ceremony": O97},
         "note": "Anora had 6 nominations at the 97th Academy Awards"},
        {"predicate": "award_received", "subject": "sean-baker", "qualifiers": {"ceremony": O97},
         "note": "Baker won 4 Oscars that night (Picture, Director, Original Screenplay, Editing)"},
        {"predicate": "award_received", "subject": "mikey-madison", "qualifiers": {"ceremony": O97},
         "note": "Madison won Best Actress"},
        {"predicate": "award_received", "subject": "yura-borisov", "qualifiers": {"ceremony": O97},
         "note": "Borisov was nominated and did not win"},
    ]
    # BAFTA: wins Leading Actress and Casting; nominations (count disputed 7 vs 9)
    award("award_received", "bafta", "BAFTA Award for Best Actress in a Leading Role",
          ["mikey-madison"], contains="Best Actress in a Leading Role",
          aliases=["BAFTA for Best Actress", "BAFTA Best Actress", "BAFTA for Leading Actress"])
    award("award_received", "bafta", "BAFTA Award for Best Casting", [], contains="Best Casting",
          aliases=["BAFTA for Best Casting"])
    for label, rec in (("BAFTA Award for Best Film", []), ("BAFTA Award for Best Director", ["sean-baker"]),
                       ("BAFTA Award for Best Original Screenplay", ["sean-baker"]),
                       ("BAFTA Award for Best Actor in a Supporting Role", ["yura-borisov"])):
        award("nominated_for", "bafta", label, rec, contains=label.split(" for ")[-1])
    sh.complete.append({"predicate": "award_received", "subject": F,
                        "qualifiers": {"ceremony": cer_of["bafta"][0]},
                        "note": "Anora won two BAFTAs: Leading Actress (Madison) and Casting"})
    # Golden Globes: 5 nominations, 0 wins
    gg = [("Golden Globe for Best Motion Picture - Musical or Comedy", [], "Musical or Comedy"),
          ("Golden Globe for Best Actress in a Motion Picture - Musical or Comedy", ["mikey-madison"],
           "Best Actress"),
          ("Golden Globe for Best Screenplay", ["sean-baker"], "Best Screenplay"),
          ("Golden Globe for Best Director", ["sean-baker"], "Best Director"),
          ("Golden Globe for Best Supporting Actor", ["yura-borisov"], "Best Supporting Actor")]
    for label, rec, contains in gg:
        award("nominated_for", "gg", label, rec, contains=contains)
    gg_src = R.src(A, "nominated_for", "5 Golden Globe nominations")
    sh.complete += [
        {"predicate": "award_received", "subject": F,
         "qualifiers": {"ceremony": cer_of["gg"][0]}, "sources": gg_src,
         "note": "Anora won none of its 5 Golden Globe nominations"},
        {"predicate": "nominated_for", "subject": F,
         "qualifiers": {"ceremony": cer_of["gg"][0]}, "sources": gg_src,
         "note": "Anora had 5 Golden Globe nominations"}]
    # Critics Choice: 7 nominations, Best Picture the only win
    award("award_received", "cc", "Critics Choice Award for Best Picture", [],
          contains="Critics Choice Award for Best Picture")
    cc_noms = R.src(A, "nominated_for", "7 Critics Choice nominations")
    for label, rec in (("Critics Choice Award for Best Picture", []),
                       ("Critics Choice Award for Best Actress", ["mikey-madison"]),
                       ("Critics Choice Award for Best Supporting Actor", ["yura-borisov"]),
                       ("Critics Choice Award for Best Acting Ensemble", []),
                       ("Critics Choice Award for Best Director", ["sean-baker"]),
                       ("Critics Choice Award for Best Original Screenplay", ["sean-baker"]),
                       ("Critics Choice Award for Best Editing", ["sean-baker"])):
        cat("cc", label)
        sh.fact(F, "nominated_for", slug(label), cc_noms,
                qualifiers={"ceremony": cer_of["cc"][0], "year": 2025, "recipients": rec})
    sh.complete += [
        {"predicate": "award_received", "subject": F, "qualifiers": {"ceremony": cer_of["cc"][0]},
         "note": "Best Picture was Anora's only Critics Choice win"},
        {"predicate": "nominated_for", "subject": F, "qualifiers": {"ceremony": cer_of["cc"][0]},
         "note": "Anora had 7 Critics Choice nominations"}]
    # Guilds and Spirit
    award("award_received", "dga", "DGA Award for Outstanding Directorial Achievement in Theatrical Feature Film",
          ["sean-baker"], contains="DGA Award", aliases=["DGA Award for Best Director"])
    award("award_received", "pga", "PGA Darryl F. Zanuck Award for Outstanding Producer of Theatrical Motion Pictures",
          ["sean-baker", "samantha-quan", "alex-coco"], contains="PGA",
          aliases=["PGA Award for Best Theatrical Motion Picture", "Darryl F. Zanuck Award"])
    award("award_received", "wga", "WGA Award for Best Original Screenplay", ["sean-baker"],
          contains="WGA Award")
    for label, rec, contains in (("SAG Award for Outstanding Performance by a Cast in a Motion Picture", [], "Cast"),
                                 ("SAG Award for Outstanding Female Actor in a Leading Role", ["mikey-madison"], "Female Actor"),
                                 ("SAG Award for Outstanding Male Actor in a Supporting Role", ["yura-borisov"], "Outstanding Male Actor")):
        award("nominated_for", "sag", label, rec, contains=contains)
    for label, rec, contains in (("Independent Spirit Award for Best Feature", [], "Best Feature"),
                                 ("Independent Spirit Award for Best Director", ["sean-baker"], "Best Director"),
                                 ("Independent Spirit Award for Best Lead Performance", ["mikey-madison"], "Lead Performance")):
        award("award_received", "spirit", label, rec, contains=contains)
    award("nominated_for", "spirit", "Independent Spirit Award for Best Supporting Performance",
          ["yura-borisov", "karren-karagulian"], contains="Supporting Performance")
    gotham = R.src(A, "nominated_for", "4 Gotham Award nominations")
    for label, rec in (("Gotham Award for Best Feature", []), ("Gotham Award for Best Director", ["sean-baker"]),
                       ("Gotham Award for Outstanding Lead Performance", ["mikey-madison"]),
                       ("Gotham Award for Outstanding Supporting Performance", ["yura-borisov"])):
        cat("gotham", label)
        sh.fact(F, "nominated_for", slug(label), gotham,
                qualifiers={"ceremony": cer_of["gotham"][0], "year": 2024, "recipients": rec})
    sh.complete += [
        {"predicate": "award_received", "subject": F, "qualifiers": {"ceremony": cer_of["gotham"][0]},
         "sources": gotham, "note": "Anora won none of its 4 Gotham nominations"},
        {"predicate": "nominated_for", "subject": F, "qualifiers": {"ceremony": cer_of["gotham"][0]},
         "sources": gotham, "note": "Anora had 4 Gotham nominations"}]
    # Palme d'Or with date (the awards-history sheet has the list entry too)
    sh.fact(F, "award_received", "palme-d-or", R.src(A, "award_received", "Palme d'Or"),
            qualifiers={"ceremony": C77, "year": 2024, "recipients": ["sean-baker"],
                        "date": "2024-05-25", "jury_president": "greta-gerwig"})

    # people ----------------------------------------------------------------------------------
    def dob(pid, name, date, disputed=False):
        e = R.find(name, "date_of_birth")
        kw = {}
        if e.get("confidence") == "disputed":
            kw = dict(confidence="disputed", disputed_values=[
                {"value": str(dv["value"])[:10] if re.match(r"\d{4}-\d\d-\d\d", str(dv["value"]))
                 else date, "sources": dv["sources"]} for dv in e["disputed_values"]])
        sh.fact(pid, "date_of_birth", date, R.src(name, "date_of_birth"), **kw)
    dob("sean-baker", "Sean Baker", "1971-02-26")
    dob("mikey-madison", "Mikey Madison", "1999-03-25")
    dob("yura-borisov", "Yura Borisov", "1992-12-08")
    dob("karren-karagulian", "Karren Karagulian", "1969")
    dob("aleksei-serebryakov", "Aleksei Serebryakov", "1964-07-03")
    dob("darya-ekamasova", "Darya Ekamasova", "1984-05-20")
    ed = R.find("Mark Eydelshteyn", "date_of_birth")
    sh.fact("mark-eydelshteyn", "date_of_birth", "2002-02-18", R.src("Mark Eydelshteyn", "date_of_birth"),
            confidence="disputed", disputed_values=[
                {"value": "2002-02-18", "sources": ed["disputed_values"][0]["sources"]},
                {"value": "2001-02-19", "sources": ed["disputed_values"][1]["sources"]}])
    for pid, name, place in (("sean-baker", "Sean Baker", "summit-new-jersey"),
                             ("mikey-madison", "Mikey Madison", "los-angeles"),
                             ("mark-eydelshteyn", "Mark Eydelshteyn", "nizhny-novgorod"),
                             ("yura-borisov", "Yura Borisov", "reutov"),
                             ("karren-karagulian", "Karren Karagulian", "armenia"),
                             ("aleksei-serebryakov", "Aleksei Serebryakov", "moscow"),
                             ("darya-ekamasova", "Darya Ekamasova", "moscow"),
                             ("samantha-quan", "Samantha Quan", "vancouver")):
        sh.fact(pid, "place_of_birth", place, R.src(name, "place_of_birth"))
    sh.fact("mikey-madison", "birth_name", "Mikaela Madison Rosberg",
            R.src("Mikey Madison", "birth_name"))
    sh.fact("sean-baker", "spouse", "samantha-quan", R.src("Sean Baker", "spouse"))
    sh.fact("mikey-madison", "age_at_event", "25 years", R.src("Mikey Madison", "age_at_event"),
            qualifiers={"event": O97})
    sh.fact("mark-eydelshteyn", "age_at_event", "22 years", R.src("Mark Eydelshteyn", "age_at_event"),
            qualifiers={"event": C77})
    ba = R.find("Sean Baker", "age_at_event")
    sh.fact("sean-baker", "age_at_event", "54 years", R.src("Sean Baker", "age_at_event"),
            qualifiers={"event": O97}, confidence="disputed",
            disputed_values=[{"value": 54, "sources": ba["disputed_values"][0]["sources"]},
                             {"value": 53, "sources": ba["disputed_values"][1]["sources"]}])

    # filmographies ---------------------------------------------------------------------------
    def work(eid, label, etype="film", year=None, **kw):
        return sh.entity(eid, label, etype, year=year, **kw)
    baker_films = [("four-letter-words", "Four Letter Words", 2000),
                   ("take-out", "Take Out", 2004), ("prince-of-broadway", "Prince of Broadway", 2008),
                   ("starlet", "Starlet", 2012), ("tangerine", "Tangerine", 2015),
                   ("the-florida-project", "The Florida Project", 2017),
                   ("red-rocket", "Red Rocket", 2021)]
    for eid, label, year in baker_films:
        work(eid, label, year=year, description=f"{year} film by Sean Baker")
        src = R.src("Sean Baker", "notable_work", label)
        sh.fact("sean-baker", "notable_work", eid, src, qualifiers={"year": year})
        sh.fact(eid, "director", "sean-baker", src,
                note="co-directed with Shih-Ching Tsou" if eid == "take-out" else None)
    sh.fact("sean-baker", "notable_work", F, R.src("Sean Baker", "notable_work", "Anora"),
            qualifiers={"year": 2024})
    sh.fact("sean-baker", "debut_feature", "four-letter-words",
            R.src("Sean Baker", "notable_work", "Four Letter Words"), qualifiers={"year": 2000})
    sh.fact("tangerine", "filming_format", "iPhone 5s smartphones",
            R.src("Sean Baker", "notable_work", "Tangerine"))
    for pid, name, items in (
            ("mikey-madison", "Mikey Madison",
             [("once-upon-a-time-in-hollywood", "Once Upon a Time in Hollywood", 2019, "film"),
              ("scream-2022-film", "Scream", 2022, "film"), ("better-things", "Better Things", 2016, "work"),
              ("lady-in-the-lake", "Lady in the Lake", 2024, "work")]),
            ("yura-borisov", "Yura Borisov",
             [("compartment-no-6", "Compartment No. 6", 2021, "film"),
              ("kalashnikov-2020-film", "Kalashnikov", 2020, "film"),
              ("captain-volkonogov-escaped", "Captain Volkonogov Escaped", 2021, "film")]),
            ("mark-eydelshteyn", "Mark Eydelshteyn",
             [("the-land-of-sasha", "The Land of Sasha", 2021, "film")]),
            ("karren-karagulian", "Karren Karagulian",
             [("tangerine", "Tangerine", 2015, "film"), ("starlet", "Starlet", 2012, "film"),
              ("the-florida-project", "The Florida Project", 2017, "film")]),
            ("aleksei-serebryakov", "Aleksei Serebryakov", [("leviathan-2014-film", "Leviathan", 2014, "film")]),
            ("darya-ekamasova", "Darya Ekamasova", [("the-americans", "The Americans", 2013, "work")])):
        for eid, label, year, etype in items:
            work(eid, label, etype=etype, year=year)
            sh.fact(pid, "notable_work", eid, R.src(name, "notable_work", label.split(" (")[0]),
                    qualifiers={"year": year})
        sh.fact(pid, "notable_work", F, R.src(A, "cast_member", name.split()[-1]),
                qualifiers={"year": 2024})
    sh.entity("once-upon-a-time-in-hollywood", "Once Upon a Time in Hollywood", "film",
              aliases=["Once Upon a Time... in Hollywood"])

    # places ----------------------------------------------------------------------------------
    for place, contains in (("new-york-city", "New York City"), ("brighton-beach", "New York City"),
                            ("coney-island", "New York City"), ("mill-basin", "Mill Basin"),
                            ("manhattan", "New York City"), ("las-vegas", "Las Vegas, Nevada")):
        sh.fact(F, "filming_location", place, R.src(A, "filming_location", contains))
    nl = R.src(A, "narrative_location") + R.src(A, "plot_fact", "wintry Brooklyn")
    for place in ("brighton-beach", "mill-basin", "brooklyn", "manhattan", "new-york-city",
                  "las-vegas"):
        sh.fact(F, "narrative_location", place, nl)
    sh.complete.append({"predicate": "narrative_location", "subject": F, "sources": nl,
                        "note": "the story stays in New York (Brooklyn, Manhattan) and Las Vegas"})

    # plot: structured events ------------------------------------------------------------------
    def plot(text, contains, **q):
        sh.fact(F, "plot", text, R.src(A, "plot_fact", contains), qualifiers=q)
    plot("Ani and Vanya marry at a chapel in Las Vegas", "Las Vegas chapel", action="marry",
         agents=["anora-mikheeva", "ivan-zakharov"], place="las-vegas")
    plot("Vanya's parents fly from Russia to New York to have the marriage annulled",
         "fly from Russia", action="travel", agents=["nikolai-zakharov", "galina-zakharova"],
         origin="russia", destination="new-york-city")
    plot("Ani is a 23-year-old stripper and escort who works at a Manhattan club and lives in "
         "Brighton Beach", "23-year-old", action="age", agents=["anora-mikheeva"], age=23,
         works_in="manhattan", lives_in="brighton-beach")
    plot("Vanya is the 21-year-old son of a Russian oligarch", "21-year-old", action="age",
         agents=["ivan-zakharov"], age=21)
    plot("Vanya pays Ani $15,000 to be his girlfriend for a week", "15,000", action="payment",
         agents=["ivan-zakharov", "anora-mikheeva"], amount=15000)
    plot("Toros, Vanya's godfather, is sent with Garnick and Igor to end the marriage",
         "godfather", action="sent", agents=["toros", "garnick", "igor"])
    plot("At the end Igor drives Ani home and returns her wedding ring", "drives Ani home",
         action="ending", agents=["igor", "anora-mikheeva"])
    # the other plot facts are prose: add_statements keeps them as `statement` facts
    # family and story relations between characters: "x is y's <relation>"
    for x, rel, y, contains in (("toros", "godfather", "ivan-zakharov", "godfather"),
                                ("garnick", "brother", "toros", "brother of Toros"),
                                ("nikolai-zakharov", "father", "ivan-zakharov", "Nikolai and Galina"),
                                ("galina-zakharova", "mother", "ivan-zakharov", "Nikolai and Galina"),
                                ("igor", "henchman", "toros", "henchmen Garnick and Igor")):
        sh.fact(F, "plot", f"{L_(sh, x)} is {L_(sh, y)}'s {rel}", R.src(A, "plot_fact", contains),
                qualifiers={"action": "relation", "agents": [x, y], "relation": rel})
    sh.fact(F, "plot", "Ani lives in Brighton Beach and works at a club in Manhattan",
            R.src(A, "plot_fact", "23-year-old"),
            qualifiers={"action": "lives", "agents": ["anora-mikheeva"], "lives_in": "brighton-beach",
                        "works_in": "manhattan"})
    # records --------------------------------------------------------------------------------
    sh.fact("sean-baker", "record", "first person to win four Oscars for one film in one night",
            R.src("Sean Baker", "first_or_record", "four Oscars for a single film"),
            qualifiers={"achievement": "four_oscars_one_film", "ordinal": 1,
                        "accepted_ordinals": [1], "ceremony": O97})
    sh.fact("sean-baker", "record", "four Oscars in one night, tying Walt Disney's 1954 record",
            R.src("Sean Baker", "first_or_record", "Walt Disney"),
            qualifiers={"achievement": "four_oscars_one_night", "ordinal": 2,
                        "accepted_ordinals": [2], "ceremony": O97, "tied_with": "walt-disney"})
    sh.fact(F, "record", "first American film to win the Palme d'Or since The Tree of Life (2011)",
            R.src(A, "first_or_record", "American film"),
            qualifiers={"achievement": "american_palme_since", "since_year": 2011})
    sh.fact(F, "record", "highest-grossing film of Sean Baker's career",
            R.src(A, "first_or_record", "highest-grossing"),
            qualifiers={"achievement": "baker_highest_grossing"})
    sh.fact("mikey-madison", "record", "first Oscar nomination and first win",
            R.src("Mikey Madison", "first_or_record"),
            qualifiers={"achievement": "first_oscar_nomination", "ceremony": O97})
    sh.fact("yura-borisov", "record",
            "first Russian actor nominated for an acting Oscar since Mikhail Baryshnikov (1977)",
            R.src("Yura Borisov", "first_or_record"),
            qualifiers={"achievement": "russian_acting_nomination_since", "since_year": 1977,
                        "ceremony": O97})
    sh.fact("neon", "record", "distributed five consecutive Palme d'Or winners",
            R.src("Neon", "first_or_record", "fifth consecutive"),
            qualifiers={"achievement": "consecutive_palmes", "count": 5})
    return sh


# ---------------------------------------------------------------------------------------------
# Statements: the reference's sourced prose facts (casting stories, scenes, filmographies,
# records, biographies, corrections of common errors), kept as short texts. They can only
# support a claim that says the same thing; they never refute.
# ---------------------------------------------------------------------------------------------
STATEMENT_CATEGORY = {
    "casting_fact": "cast", "scene_fact": "production", "research_fact": "production",
    "development": "production", "preparation": "production", "filmmaking_fact": "production",
    "structure": "production", "inspiration": "production", "visual_influences": "production",
    "filming_format": "production", "consultant": "production", "crew_size": "production",
    "principal_photography": "production", "soundtrack": "production",
    "biography": "other", "family": "other", "education": "other", "nickname": "other",
    "residence": "other", "nationality": "other", "notable_event": "other",
    "collaboration": "filmography", "notable_work": "filmography",
    "festival_history": "festival", "member": "festival",
    "first_or_record": "record", "speech_fact": "award", "ceremony_moment": "award",
    "award_dedication": "award", "honor": "award", "home_release": "date",
    "opening_weekend": "money", "plot_fact": "plot", "naming_history": "festival",
    "disambiguation": "award", "retrospective_award": "award", "edition_numbering": "festival",
    "first_awarded": "award", "commonly_misreported": None,
}
_SKIP_QUALS = {"erroneous_source", "correct_value", "per"}


def statement_text(e: dict) -> str:
    """The reference entry as one line of prose: its object, then its qualifiers."""
    if e["predicate"] == "commonly_misreported":
        return str((e.get("qualifiers") or {}).get("correct_value") or "")
    parts = [str(e["object"])]
    for k, v in (e.get("qualifiers") or {}).items():
        if k in _SKIP_QUALS or v in (None, ""):
            continue
        parts.append(f"{k.replace('_', ' ')}: {v}")
    return "; ".join(parts)


NAME_QUALIFIERS = {"presented_by": "person", "jury_president": "person",
                   "distributor": "organization", "us_distributor": "organization"}


def add_named_people(sh: Sheet, others: list[Sheet], ref_entries: list[dict]) -> int:
    """Every person and company a reference entry names in a qualifier (presenters, jury
    presidents, distributors) or lists as jury members becomes an entity of `sh` (unless a
    sheet already has one by that name), with a sourced fact saying what it did."""
    known: dict[str, str] = {}
    for x in [sh] + others:
        for eid, e in x.entities.items():
            for n in [e["label"]] + list(e.get("aliases") or []):
                known.setdefault(fold(str(n)), eid)

    def ent(name: str, etype: str, desc: str) -> str:
        eid = known.get(fold(name))
        if eid is None:
            eid = sh.entity(slug(name), name, etype, description=desc)
            known[fold(name)] = eid
        return eid

    def film_of(subject: str):
        m = TITLE_RX.match(subject or "")
        return known.get(fold(m.group(1))) if m else None

    n = 0
    for e in ref_entries:
        if e.get("confidence") == "memory" or not e.get("sources"):
            continue
        q = e.get("qualifiers") or {}
        if e.get("predicate") == "member" and "jury" in str(e.get("subject", "")):
            for name in split_names(e["object"]):
                ent(name, "person", f"member of the {e['subject']}")
                n += 1
        for key, etype in NAME_QUALIFIERS.items():
            if not q.get(key):
                continue
            for name in split_names(q[key]):
                if etype == "person":
                    pid = ent(name, "person", "film professional")
                    if key == "presented_by":
                        sh.fact(pid, "statement", f"presented the {e['object']} at the "
                                f"{q.get('ceremony')}", e["sources"],
                                qualifiers={"category": "award", "about": [pid]})
                else:
                    oid = ent(name, "organization", "film distributor")
                    fid = film_of(str(e.get("subject")))
                    if fid and not any(f["subject"] == fid and f["predicate"] == "distributor"
                                       and f["object"] == oid for f in sh.facts):
                        quals = {"market": q["country"]} if q.get("country") else None
                        sh.fact(fid, "distributor", oid, e["sources"], qualifiers=quals)
                n += 1
    return n


def add_statements(sheets: list[Sheet], refs: list[list[dict]]) -> int:
    """One `statement` fact per sourced prose entry, on the entity the entry is about, with
    `about` naming every KB entity the text mentions (so a sentence naming any of them finds it)."""
    labels: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for sh in sheets:
        for eid, e in sh.entities.items():
            if e["type"] in ("place",) and len(e["label"]) < 5:
                continue
            labels.setdefault(fold(e["label"]), eid)
            for n in [e["label"]] + list(e.get("aliases") or []):
                if len(n) >= 4 and not n.isupper():
                    names.append((fold(n), eid))
    names.sort(key=lambda x: -len(x[0]))
    n_added = 0
    for sh, entries in zip(sheets, refs):
        for e in entries:
            pred = e.get("predicate")
            if pred not in STATEMENT_CATEGORY or e.get("confidence") != "sourced":
                continue
            if pred == "commonly_misreported":
                cat = None
            else:
                cat = STATEMENT_CATEGORY[pred]
            subj = str(e.get("subject"))
            m = TITLE_RX.match(subj)
            eid = labels.get(fold(subj)) or (slug(subj) if any(slug(subj) in s.entities
                                                              for s in sheets) else None)
            if eid is None and m:
                eid = labels.get(fold(m.group(1)))
            if eid is None:
                continue
            text = statement_text(e)
            if not text:
                continue
            folded = " " + re.sub(r"[^a-z0-9]+", " ", fold(text)) + " "
            about = []
            for n, other in names:
                key = " " + re.sub(r"[^a-z0-9]+", " ", n).strip() + " "
                if key.strip() and key in folded:
                    folded = folded.replace(key, " | ")  # "The Florida Project" hides "Florida"
                    if other != eid and other not in about:
                        about.append(other)
            q = {"category": cat or "other"}
            if about:
                q["about"] = about
            sh.fact(eid, "statement", text, e["sources"], qualifiers=q,
                    note="correction of a common error" if pred == "commonly_misreported" else None)
            n_added += 1
    return n_added


GEO = [  # (id, label, parent id, aliases); parents first
    ("italy", "Italy", None, []), ("spain", "Spain", None, []), ("japan", "Japan", None, []),
    ("south-korea", "South Korea", None, ["Korea"]), ("india", "India", None, []),
    ("china", "China", None, []), ("australia", "Australia", None, []),
    ("mexico", "Mexico", None, []), ("brazil", "Brazil", None, []),
    ("ukraine", "Ukraine", None, []), ("poland", "Poland", None, []),
    ("austria", "Austria", None, []), ("netherlands", "Netherlands", None, []),
    ("sweden", "Sweden", None, []), ("denmark", "Denmark", None, []),
    ("ireland", "Ireland", None, []), ("czech-republic", "Czech Republic", None, ["Czechia"]),
    ("argentina", "Argentina", None, []), ("egypt", "Egypt", None, []),
    ("illinois", "Illinois", "united-states", []), ("florida", "Florida", "united-states", []),
    ("louisiana", "Louisiana", "united-states", []), ("massachusetts", "Massachusetts", "united-states", []),
    ("pennsylvania", "Pennsylvania", "united-states", []), ("texas", "Texas", "united-states", []),
    ("michigan", "Michigan", "united-states", []), ("utah", "Utah", "united-states", []),
    ("colorado", "Colorado", "united-states", []),
    ("chicago", "Chicago", "illinois", []), ("atlantic-city", "Atlantic City", "new-jersey", []),
    ("miami", "Miami", "florida", []), ("orlando", "Orlando", "florida", []),
    ("san-francisco", "San Francisco", "california", []),
    ("new-orleans", "New Orleans", "louisiana", []), ("boston", "Boston", "massachusetts", []),
    ("philadelphia", "Philadelphia", "pennsylvania", []), ("detroit", "Detroit", "michigan", []),
    ("houston", "Houston", "texas", []), ("austin", "Austin", "texas", []),
    ("park-city", "Park City", "utah", []), ("hollywood", "Hollywood", "los-angeles", []),
    ("beverly-hills", "Beverly Hills", "california", []), ("santa-monica", "Santa Monica", "california", []),
    ("telluride-town", "Telluride, Colorado", "colorado", []),
    ("atlantic-city-boardwalk", "Atlantic City Boardwalk", "atlantic-city", []),
    ("toronto", "Toronto", "canada", []), ("montreal", "Montreal", "canada", []),
    ("london", "London", "united-kingdom", []), ("edinburgh", "Edinburgh", "united-kingdom", []),
    ("paris", "Paris", "france", []), ("berlin", "Berlin", "germany", []),
    ("venice", "Venice", "italy", []), ("rome", "Rome", "italy", []),
    ("madrid", "Madrid", "spain", []), ("barcelona", "Barcelona", "spain", []),
    ("san-sebastian", "San Sebastián", "spain", ["San Sebastian"]),
    ("saint-petersburg", "Saint Petersburg", "russia", ["St. Petersburg", "St Petersburg"]),
    ("kyiv", "Kyiv", "ukraine", ["Kiev"]), ("yerevan", "Yerevan", "armenia", []),
    ("prague", "Prague", "czech-republic", []), ("vienna", "Vienna", "austria", []),
    ("amsterdam", "Amsterdam", "netherlands", []), ("stockholm", "Stockholm", "sweden", []),
    ("copenhagen", "Copenhagen", "denmark", []), ("dublin", "Dublin", "ireland", []),
    ("tokyo", "Tokyo", "japan", []), ("seoul", "Seoul", "south-korea", []),
    ("mumbai", "Mumbai", "india", []), ("beijing", "Beijing", "china", []),
    ("sydney", "Sydney", "australia", []), ("mexico-city", "Mexico City", "mexico", []),
    ("buenos-aires", "Buenos Aires", "argentina", []), ("rio-de-janeiro", "Rio de Janeiro", "brazil", []),
    ("cairo", "Cairo", "egypt", []), ("torun", "Toruń", "poland", ["Torun"]),
    ("sochi", "Sochi", "russia", []), ("gelendzhik", "Gelendzhik", "russia", []),
    # more cities where film people are born and films are shot (to tell two places apart)
    ("turkey", "Turkey", None, []), ("greece", "Greece", None, []),
    ("portugal", "Portugal", None, []), ("belgium", "Belgium", None, []),
    ("hungary", "Hungary", None, []), ("norway", "Norway", None, []),
    ("finland", "Finland", None, []), ("switzerland", "Switzerland", None, []),
    ("thailand", "Thailand", None, []), ("colombia", "Colombia", None, []),
    ("new-zealand", "New Zealand", None, []), ("south-africa", "South Africa", None, []),
    ("washington-state", "Washington (state)", "united-states", []),
    ("georgia-us", "Georgia (U.S. state)", "united-states", []),
    ("tennessee", "Tennessee", "united-states", []), ("ohio", "Ohio", "united-states", []),
    ("arizona", "Arizona", "united-states", []), ("oregon", "Oregon", "united-states", []),
    ("minnesota", "Minnesota", "united-states", []),
    ("san-diego", "San Diego", "california", []), ("oakland", "Oakland", "california", []),
    ("sacramento", "Sacramento", "california", []), ("seattle", "Seattle", "washington-state", []),
    ("atlanta", "Atlanta", "georgia-us", []), ("dallas", "Dallas", "texas", []),
    ("denver", "Denver", "colorado", []), ("nashville-city", "Nashville", "tennessee", []),
    ("cleveland", "Cleveland", "ohio", []), ("phoenix", "Phoenix", "arizona", []),
    ("portland-oregon", "Portland", "oregon", []), ("minneapolis", "Minneapolis", "minnesota", []),
    ("reno", "Reno", "nevada", []), ("queens", "Queens", "new-york-city", []),
    ("the-bronx", "The Bronx", "new-york-city", ["Bronx"]),
    ("staten-island", "Staten Island", "new-york-city", []),
    ("calgary", "Calgary", "canada", []), ("ottawa", "Ottawa", "canada", []),
    ("kazan", "Kazan", "russia", []), ("novosibirsk", "Novosibirsk", "russia", []),
    ("yekaterinburg", "Yekaterinburg", "russia", []), ("vladivostok", "Vladivostok", "russia", []),
    ("minsk", "Minsk", None, []), ("tbilisi", "Tbilisi", None, []),
    ("munich", "Munich", "germany", []), ("hamburg", "Hamburg", "germany", []),
    ("milan", "Milan", "italy", []), ("naples", "Naples", "italy", []),
    ("lisbon", "Lisbon", "portugal", []), ("brussels", "Brussels", "belgium", []),
    ("athens", "Athens", "greece", []), ("budapest", "Budapest", "hungary", []),
    ("warsaw", "Warsaw", "poland", []), ("oslo", "Oslo", "norway", []),
    ("helsinki", "Helsinki", "finland", []), ("zurich", "Zurich", "switzerland", ["Zürich"]),
    ("geneva", "Geneva", "switzerland", []), ("istanbul", "Istanbul", "turkey", []),
    ("manchester", "Manchester", "united-kingdom", []), ("glasgow", "Glasgow", "united-kingdom", []),
    ("marseille", "Marseille", "france", []), ("lyon", "Lyon", "france", []),
    ("hong-kong", "Hong Kong", "china", []), ("shanghai", "Shanghai", "china", []),
    ("osaka", "Osaka", "japan", []), ("busan", "Busan", "south-korea", []),
    ("bangkok", "Bangkok", "thailand", []), ("melbourne", "Melbourne", "australia", []),
    ("auckland", "Auckland", "new-zealand", []), ("bogota", "Bogotá", "colombia", ["Bogota"]),
    ("sao-paulo", "São Paulo", "brazil", ["Sao Paulo"]),
    ("johannesburg", "Johannesburg", "south-africa", []),
]


# towns on a city's edge (a "native" of the city may have been born there): (town, city, source)
BORDERS = [
    ("reutov", "moscow", "https://en.wikipedia.org/wiki/Reutov"),
]


def build_places(existing: set[str]) -> Sheet:
    sh = Sheet("places", "Where well-known places are (city -> region -> country), so the "
               "verifier can tell that two places do not overlap.")
    for eid, label, parent, aliases in GEO:
        if eid not in existing:
            sh.entity(eid, label, "place", aliases=aliases)
        wiki = "https://en.wikipedia.org/wiki/" + label.split(",")[0].replace(" ", "_")
        if parent:
            sh.fact(eid, "part_of", parent, [wiki])
    sh.fact("cannes-city", "part_of", "france", ["https://en.wikipedia.org/wiki/Cannes"])
    for town, city, src in BORDERS:
        sh.fact(town, "borders", city, [src])
    return sh


HEADER = ("# reelcheck factsheet (generated by tools/make_factsheets.py from the sourced reference\n"
          "# sheets; every fact keeps its source URLs). Format: src/reelcheck/kb/factsheet.py.\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reference", default=str(Path(__file__).resolve().parents[2] / "shared" / "reference"))
    args = ap.parse_args()
    ref = Path(args.reference)
    anora = build_anora(load_ref(ref / "anora-facts.yaml"))
    awards = build_awards(load_ref(ref / "awards-history.yaml"), set(anora.entities))
    # entities declared in anora win; drop duplicates from awards
    for eid in list(awards.entities):
        if eid in anora.entities:
            del awards.entities[eid]
    add_named_people(anora, [awards], load_ref(ref / "anora-facts.yaml"))
    places = build_places(set(anora.entities) | set(awards.entities))
    n_st = add_statements([anora, awards, places],
                          [load_ref(ref / "anora-facts.yaml"), load_ref(ref / "awards-history.yaml"), []])
    OUT.mkdir(parents=True, exist_ok=True)
    anora.dump(OUT / "anora.yaml", HEADER)
    places.dump(OUT / "places.yaml", HEADER)
    awards.dump(OUT / "awards-history.yaml", HEADER)
    print(f"anora: {len(anora.entities)} entities, {len(anora.facts)} facts; "
          f"awards-history: {len(awards.entities)} entities, {len(awards.facts)} facts, "
          f"{len(awards.complete)} complete sets; {n_st} statements")


if __name__ == "__main__":
    main()
