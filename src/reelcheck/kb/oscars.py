"""The whole Oscar record (ceremonies 1-98), compiled into a KB next to the factsheets.

`data/oscars.tsv.gz` is the package's compact copy of the curated dataset DLu/oscar_data (BSD
2-Clause, `data/oscars.LICENSE`), parsed from the Academy's Awards Database with IMDb ids; the
Academy's prose fields are left out (tools/make_oscars_data.py derives it). One row per
nomination. `merge_oscars` turns it into the KB's own vocabulary:

- an award entity per canonical category (part of the Academy Awards), a ceremony entity per
  ceremony (the factsheets' own, or a new one: the 98th has no recorded date);
- a person, organisation or film entity per nominee and film, merged with the factsheets'
  entities by IMDb id, else by name (and year, for films), never twice;
- per nomination a `nominated_for` fact (competitive categories) and, for a win, an
  `award_received` fact: acting and directing nominations have the person as subject (the film
  in `for_work`, the character in `character_name`), the rest the film (nominees in
  `recipients`), and awards without a film the nominee;
- completeness: every (category, ceremony) set, every nominee's and film's nominations and wins
  at each ceremony, and across the whole record (qualifier `family: academy-awards`).

Where a factsheet states the same fact it keeps it and gains the Academy's source; where a
factsheet's complete set disagrees with the record, both sides become `disputed` and the
disagreement is listed in the build's output.
"""
from __future__ import annotations

import csv
import gzip
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..link.variants import initials_compatible, main_title, merge_key, name_words
from ..textutil import fold, slug
from .store import Fact

DATA_FILE = Path(__file__).with_name("data") / "oscars.tsv.gz"
SOURCE = "https://awardsdatabase.oscars.org/"
DATASET = "https://github.com/DLu/oscar_data"
SOURCES = [SOURCE, DATASET]
FAMILY = "academy-awards"

# Canonical category -> the award's label. Categories the factsheets already name keep their ids.
CATEGORY_LABELS = {
    "BEST PICTURE": "Academy Award for Best Picture",
    "ACTOR IN A LEADING ROLE": "Academy Award for Best Actor",
    "ACTRESS IN A LEADING ROLE": "Academy Award for Best Actress",
    "ACTOR IN A SUPPORTING ROLE": "Academy Award for Best Supporting Actor",
    "ACTRESS IN A SUPPORTING ROLE": "Academy Award for Best Supporting Actress",
    "DIRECTING": "Academy Award for Best Director",
    "DIRECTING (Dramatic Picture)": "Academy Award for Best Director",
    "DIRECTING (Comedy Picture)": "Academy Award for Best Director",
    "WRITING (Original Screenplay)": "Academy Award for Best Original Screenplay",
    "WRITING (Adapted Screenplay)": "Academy Award for Best Adapted Screenplay",
    "WRITING (Original Story)": "Academy Award for Best Original Story",
    "WRITING (Title Writing)": "Academy Award for Best Title Writing",
    "FILM EDITING": "Academy Award for Best Film Editing",
    "CINEMATOGRAPHY": "Academy Award for Best Cinematography",
    "CINEMATOGRAPHY (Black-and-White)": "Academy Award for Best Cinematography (Black-and-White)",
    "CINEMATOGRAPHY (Color)": "Academy Award for Best Cinematography (Color)",
    "MUSIC (Original Score)": "Academy Award for Best Original Score",
    "MUSIC (Original Song)": "Academy Award for Best Original Song",
    "MUSIC (Original Song Score or Adaptation Score)":
        "Academy Award for Best Song Score or Adaptation Score",
    "DOCUMENTARY (Feature)": "Academy Award for Best Documentary Feature",
    "DOCUMENTARY (Short Subject)": "Academy Award for Best Documentary Short Subject",
    "SHORT FILM (Animated)": "Academy Award for Best Animated Short Film",
    "SHORT FILM (Live Action)": "Academy Award for Best Live Action Short Film",
    "SHORT SUBJECT (One-reel)": "Academy Award for Best Short Subject (One-Reel)",
    "SHORT SUBJECT (Two-reel)": "Academy Award for Best Short Subject (Two-Reel)",
    "SHORT SUBJECT (Comedy)": "Academy Award for Best Short Subject (Comedy)",
    "SHORT SUBJECT (Novelty)": "Academy Award for Best Short Subject (Novelty)",
    "SHORT SUBJECT (Color)": "Academy Award for Best Short Subject (Color)",
    "ART DIRECTION": "Academy Award for Best Production Design (Art Direction)",
    "ART DIRECTION (Black-and-White)": "Academy Award for Best Art Direction (Black-and-White)",
    "ART DIRECTION (Color)": "Academy Award for Best Art Direction (Color)",
    "COSTUME DESIGN": "Academy Award for Best Costume Design",
    "COSTUME DESIGN (Black-and-White)": "Academy Award for Best Costume Design (Black-and-White)",
    "COSTUME DESIGN (Color)": "Academy Award for Best Costume Design (Color)",
    "SOUND MIXING": "Academy Award for Best Sound (Sound Mixing)",
    "SOUND RECORDING": "Academy Award for Best Sound Recording",
    "SOUND EDITING": "Academy Award for Best Sound Editing",
    "MAKEUP AND HAIRSTYLING": "Academy Award for Best Makeup and Hairstyling",
    "VISUAL EFFECTS": "Academy Award for Best Visual Effects",
    "INTERNATIONAL FEATURE FILM":
        "Academy Award for Best International Feature Film (Foreign Language Film)",
    "ANIMATED FEATURE FILM": "Academy Award for Best Animated Feature",
    "ASSISTANT DIRECTOR": "Academy Award for Best Assistant Director",
    "DANCE DIRECTION": "Academy Award for Best Dance Direction",
    "CASTING": "Academy Award for Best Casting",
    "UNIQUE AND ARTISTIC PICTURE": "Academy Award for Unique and Artistic Production",
    "HONORARY AWARD": "Academy Honorary Award",
    "SPECIAL AWARD": "Academy Special Award",
    "SPECIAL FOREIGN LANGUAGE FILM AWARD": "Academy Honorary Award",   # its 1950s name
    "IRVING G. THALBERG MEMORIAL AWARD": "Irving G. Thalberg Memorial Award",
    "JEAN HERSHOLT HUMANITARIAN AWARD": "Jean Hersholt Humanitarian Award",
    "GORDON E. SAWYER AWARD": "Gordon E. Sawyer Award",
    "JOHN A. BONNER MEDAL OF COMMENDATION": "John A. Bonner Medal of Commendation",
}
# Well-known other names of categories (what articles call them).
CATEGORY_ALIASES = {
    "Academy Award for Best International Feature Film (Foreign Language Film)": [
        "Academy Award for Best International Feature Film",
        "Academy Award for Best Foreign Language Film", "Best International Feature Film Oscar"],
    "Academy Award for Best Production Design (Art Direction)": [
        "Academy Award for Best Production Design", "Academy Award for Best Art Direction"],
    "Academy Award for Best Animated Feature": ["Academy Award for Best Animated Feature Film"],
    "Academy Award for Best Sound (Sound Mixing)": ["Academy Award for Best Sound"],
    "Academy Award for Best Original Score": ["Oscar for Best Original Score"],
    "Academy Award for Best Original Song": ["Oscar for Best Original Song"],
    "Academy Award for Best Cinematography": ["Oscar for Best Cinematography"],
    "Academy Award for Best Adapted Screenplay": ["Oscar for Best Adapted Screenplay"],
}
# A factsheet category that is one of the record's under an older name.
EQUIVALENT = {"academy-award-for-best-short-subject-cartoons":
              "academy-award-for-best-animated-short-film"}
NON_COMPETITIVE_CLASSES = ("Special", "SciTech")
PERSON_SUBJECT_CLASSES = ("Acting", "Directing")


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ceremony_id(n: int) -> str:
    return f"{ordinal(n)}-academy-awards"


def category_label(canonical: str) -> str:
    if canonical in CATEGORY_LABELS:
        return CATEGORY_LABELS[canonical]
    if canonical.startswith("SCIENTIFIC"):
        m = re.search(r"\(([^)]*)\)", canonical)
        kind = m.group(1) if m else "Scientific and Technical Award"
        return f"Academy Scientific and Technical Award ({kind})"
    m = re.search(r"\(([^)]*)\)", canonical)
    base = canonical.split(" (")[0].title()
    return f"Academy Award for {base}" + (f" ({m.group(1)})" if m else "")


def read_rows(path: Path = DATA_FILE) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(io.StringIO(fh.read()), delimiter="\t"))


def _split(v: str) -> list[str]:
    return [x.strip() for x in (v or "").split("|")] if v else []


_ROLE_PREFIX = re.compile(r"^[A-Z][a-z]+\s+-\s+(?=\S)")


def clean_title(title: str) -> str:
    """A film title as prose writes it: a title styled in lower case ('the end', 'images')
    gets its capitals, so the linker does not take the words for the film."""
    t = title.strip()
    if t and t == t.lower() and any(ch.isalpha() for ch in t):
        t = " ".join(w[:1].upper() + w[1:] for w in t.split())
    elif t[:1].islower():
        t = t[:1].upper() + t[1:]
    return t


def clean_name(name: str) -> str:
    """A nominee's name as a name: no role prefix ('Screenplay - Justine Triet'), no
    parenthetical note ('Hal Roach (production company)'), capitals only where names have them
    ('FRED JACKMAN' -> 'Fred Jackman')."""
    n = _ROLE_PREFIX.sub("", re.sub(r"^the\s+", "", name.strip()))
    n = re.sub(r"\s*\([^)]*\)\s*$", "", n).strip() or name.strip()
    if n.isupper() and len(n) > 4:
        n = " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize()
                     for w in n.split())
    n = n.rstrip(" ,")
    return n[:1].upper() + n[1:]


@dataclass
class OscarStats:
    nominations: int = 0
    facts: int = 0
    merged_facts: int = 0
    entities_new: int = 0
    entities_merged: int = 0
    complete: int = 0
    disputes: list[str] = field(default_factory=list)


class _Entities:
    """Entities of the record, merged into the compiler's by IMDb id, else name (+ year)."""

    def __init__(self, comp, stats: OscarStats):
        self.comp = comp
        self.stats = stats
        self.by_ext: dict[str, str] = {}
        for eid, e in comp.entities.items():
            for src, xid in (e.get("external") or {}).items():
                if src == "imdb":
                    self.by_ext[str(xid)] = eid
        self.by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_variant: dict[tuple, list[str]] = defaultdict(list)
        for eid, e in comp.entities.items():
            for n in comp._entity_names(e):
                self._index(eid, n, e["type"])
        self.fs_ids = set(comp.entities)

    def _index(self, eid: str, name: str, etype: str) -> None:
        for key, table in (((etype, fold(name)), self.by_name),
                           *(((etype,) + k, self.by_variant) for k in _variant_keys(name, etype))):
            lst = table[key]
            if eid not in lst:
                lst.append(eid)

    def _variant_cands(self, name: str, etype: str) -> list[str]:
        """Entities whose name is `name` written another way (first kind that finds any)."""
        words = name_words(name)
        for k in _variant_keys(name, etype, lookup=True):
            got = self.by_variant.get((etype,) + k, [])
            if k[0] == "fl":   # same first letter and surname: the middle words must agree
                got = [c for c in got if any(
                    initials_compatible(words, name_words(n))
                    for n in self.comp._entity_names(self.comp.entities[c]))]
            if got:
                return list(dict.fromkeys(got))
        return []

    def _new_id(self, base: str) -> str:
        eid, k = base, 2
        while eid in self.comp.entities:
            eid, k = f"{base}-{k}", k + 1
        return eid

    def _attach(self, eid: str, name: str, xid: Optional[str], etype: str) -> str:
        e = self.comp.entities[eid]
        if xid and xid != "?":
            ext = e.setdefault("external", {})
            ext.setdefault("imdb", xid)
            self.by_ext[xid] = eid
        if fold(name) not in {fold(n) for n in self.comp._entity_names(e)}:
            e.setdefault("aliases", []).append(name)
            self.comp.names.setdefault(fold(name), set()).add(eid)
            self._index(eid, name, etype)
        return eid

    def person(self, name: str, xid: str) -> str:
        etype = "organization" if xid.startswith("co") else "person"
        if xid and xid != "?" and xid in self.by_ext:
            return self._attach(self.by_ext[xid], name, None, etype)
        ok = lambda c: (xid in ("", "?") or "imdb" not in (self.comp.entities[c].get("external")
                                                          or {})
                        or self.comp.entities[c]["external"]["imdb"] == xid)
        cands = [c for c in self.by_name.get((etype, fold(name)), []) if ok(c)]
        if not cands:
            cands = [c for c in self._variant_cands(name, etype) if ok(c)]
        if len(cands) == 1:
            if cands[0] in self.fs_ids:
                self.stats.entities_merged += 1
            return self._attach(cands[0], name, xid, etype)
        eid = self._new_id(slug(name) if not cands else f"{slug(name)}-{slug(xid)}")
        self._create(eid, name, etype, None, xid, "film professional" if etype == "person"
                     else "film company")
        return eid

    def film(self, title: str, xid: str, year: Optional[int]) -> str:
        if xid and xid != "?" and xid in self.by_ext:
            return self._attach(self.by_ext[xid], title, None, "film")
        def fits(c: str) -> bool:
            e = self.comp.entities[c]
            ext = (e.get("external") or {}).get("imdb")
            if ext and xid and xid != "?" and ext != xid:
                return False
            return year is None or e.get("year") is None or abs(int(e["year"]) - year) <= 2
        cands = [c for c in self.by_name.get(("film", fold(title)), []) if fits(c)]
        if not cands:
            cands = [c for c in self._variant_cands(title, "film") if fits(c)]
        if len(cands) == 1:
            if cands[0] in self.fs_ids:
                self.stats.entities_merged += 1
            return self._attach(cands[0], title, xid, "film")
        base = slug(f"{title} {year} film") if year else slug(f"{title} film")
        eid = self._new_id(base if not cands else f"{base}-{slug(xid)}")
        self._create(eid, title, "film", year, xid, f"{year} film" if year else "film")
        return eid

    def _create(self, eid: str, label: str, etype: str, year: Optional[int], xid: str,
                desc: str) -> None:
        e = {"id": eid, "label": label, "type": etype, "description": desc,
             "__where__": str(DATA_FILE.name)}
        if year:
            e["year"] = year
        if xid and xid != "?":
            e["external"] = {"imdb": xid}
            self.by_ext[xid] = eid
        self.comp.entities[eid] = e
        self.comp.names.setdefault(fold(label), set()).add(eid)
        self.comp.names.setdefault(eid, set()).add(eid)
        self._index(eid, label, etype)
        self.stats.entities_new += 1


def _variant_keys(name: str, etype: str, lookup: bool = False) -> list[tuple]:
    """Keys under which other spellings of `name` are indexed (or, `lookup`, looked for),
    surest first. A film title meets the same title with a subtitle, never another subtitle."""
    words = name_words(name)
    if not words:
        return []
    keys: list[tuple] = [("exact", " ".join(words))]
    if etype == "film":
        mt = name_words(main_title(name)) or words
        sub = mt != words
        if lookup:
            keys.append(("main", " ".join(mt), False) if sub else ("main", " ".join(words), True))
        else:
            keys.append(("main", " ".join(mt), sub))
    elif len(words) >= 2:
        keys.append(("sorted", " ".join(sorted(words))))
        keys.append(("fl", words[0][:1], words[-1]))
    return keys


def _film_year(year: str) -> Optional[int]:
    m = re.match(r"(\d{4})", year or "")
    return int(m.group(1)) if m else None


def _ensure_award(comp, label: str) -> str:
    eid = slug(label)
    if eid not in comp.entities:
        aliases = list(CATEGORY_ALIASES.get(label, []))
        comp.entities[eid] = {"id": eid, "label": label, "type": "award",
                              "description": "Academy Award category", "aliases": aliases,
                              "__where__": DATA_FILE.name}
        for n in [label] + aliases:
            comp.names.setdefault(fold(n), set()).add(eid)
        comp.names.setdefault(eid, set()).add(eid)
    return eid


def _ensure_ceremony(comp, n: int, year_hint: Optional[int]) -> tuple[str, bool]:
    cid = ceremony_id(n)
    if cid in comp.entities:
        return cid, False
    aliases = [f"{ordinal(n)} Oscars", f"{ordinal(n)} Academy Award ceremony"]
    if year_hint:
        aliases += [f"{year_hint} Oscars", f"Oscars {year_hint}", f"{year_hint} Academy Awards"]
    comp.entities[cid] = {"id": cid, "label": f"{ordinal(n)} Academy Awards", "type": "ceremony",
                          "year": year_hint, "aliases": aliases,
                          "description": f"Academy Awards ceremony no. {n}",
                          "__where__": DATA_FILE.name}
    for a in [comp.entities[cid]["label"]] + aliases:
        comp.names.setdefault(fold(a), set()).add(cid)
    comp.names.setdefault(cid, set()).add(cid)
    return cid, True


def _involved(f: Fact) -> set[str]:
    q = f.qualifiers
    out = {f.subject}
    if isinstance(q.get("for_work"), str):
        out.add(q["for_work"])
    out.update(x for x in (q.get("recipients") or []) if isinstance(x, str))
    return out


def merge_oscars(comp, facts: list[Fact], complete: list[tuple],
                 path: Path = DATA_FILE) -> OscarStats:
    """Add the Oscar record to a `factsheet.Compiler`'s entities, `facts` and `complete` rows
    (the lists `Compiler.write` is about to write), merging with what the factsheets hold."""
    stats = OscarStats()
    rows = read_rows(path)
    stats.nominations = len(rows)
    ents = _Entities(comp, stats)
    ceremony_years: dict[int, Optional[int]] = {}
    for n in sorted({int(r["Ceremony"]) for r in rows}):
        e = comp.entities.get(ceremony_id(n))
        ceremony_years[n] = e.get("year") if e else None
    # a ceremony the factsheets lack (the 98th) follows the film year it honours
    for n, y in ceremony_years.items():
        if y is None:
            fy = max((_film_year(r["Year"]) or 0) for r in rows if int(r["Ceremony"]) == n)
            ceremony_years[n] = fy + 1 if fy else None

    new: list[Fact] = []
    seq = 0
    for r in rows:
        n = int(r["Ceremony"])
        cid, created = _ensure_ceremony(comp, n, ceremony_years[n])
        if created:
            new.append(Fact(f"oscars:ceremony-{n}:edition_of", cid, "edition_of", FAMILY,
                            "entity", sources=list(SOURCES)))
            new.append(Fact(f"oscars:ceremony-{n}:edition_number", cid, "edition_number",
                            float(n), "quantity", sources=list(SOURCES)))
        label = category_label(r["CanonicalCategory"])
        award = _ensure_award(comp, label)
        fy = _film_year(r["Year"])
        titles, tids = _split(r["Film"]), _split(r["FilmId"])
        films = [ents.film(clean_title(t), tids[i] if i < len(tids) else "?", fy)
                 for i, t in enumerate(titles) if t]
        names, nids = _split(r["Nominees"]), _split(r["NomineeIds"])
        people = [ents.person(clean_name(nm), nids[i] if i < len(nids) else "?")
                  for i, nm in enumerate(names) if nm]
        details = _split(r["Detail"])
        quals_base = {"ceremony": cid, "eligibility_year": r["Year"]}
        if ceremony_years[n]:
            quals_base["year"] = ceremony_years[n]
        if r["Category"] and r["Category"] != r["CanonicalCategory"]:
            quals_base["category_variant"] = r["Category"]
        units: list[tuple[str, dict]] = []
        if r["Class"] in PERSON_SUBJECT_CLASSES and people:
            for p in people:
                q = dict(quals_base)
                if films:
                    q["for_work"] = films[0]
                    q["film_title"] = "; ".join(clean_title(t) for t in titles)
                if details and r["Class"] == "Acting":
                    q["character_name"] = "; ".join(details)
                units.append((p, q))
        elif films:
            for i, fid in enumerate(films):
                q = dict(quals_base)
                if people:
                    q["recipients"] = list(people)
                elif r["Name"]:
                    q["nominee_text"] = r["Name"]
                if details:
                    q["detail"] = details[i] if len(details) == len(films) else "; ".join(details)
                units.append((fid, q))
        elif people:
            q = dict(quals_base)
            if len(people) > 1:
                q["recipients"] = list(people)
            units.append((people[0], q))
        else:
            continue
        seq += 1
        winner = r["Winner"] == "True"
        for k, (subj, q) in enumerate(units):
            base = f"oscars:{seq}" + (f".{k + 1}" if len(units) > 1 else "")
            if r["Class"] not in NON_COMPETITIVE_CLASSES:
                new.append(Fact(f"{base}:nom", subj, "nominated_for", award, "entity",
                                qualifiers=dict(q), sources=list(SOURCES)))
            if winner:
                new.append(Fact(f"{base}:win", subj, "award_received", award, "entity",
                                qualifiers=dict(q), sources=list(SOURCES)))
    # part_of facts for every category the record names
    for eid in sorted({f.value for f in new if f.predicate in ("award_received", "nominated_for")}):
        if not any(f.subject == eid and f.predicate == "part_of" for f in facts):
            new.append(Fact(f"oscars:{eid}:part_of", eid, "part_of", FAMILY, "entity",
                            sources=list(SOURCES)))
    kept = _reconcile(comp, facts, complete, new, stats)
    facts.extend(kept)
    stats.facts = len(kept)
    stats.complete = _declare_complete(kept + facts, complete, set(ceremony_years))
    return stats


def _reconcile(comp, facts: list[Fact], complete: list[tuple], new: list[Fact],
               stats: OscarStats) -> list[Fact]:
    """Drop the record's facts a factsheet already states (the factsheet's fact gains the
    Academy's source and any qualifier it lacked); turn disagreements into disputed facts."""
    oscar_awards = {f.value for f in new if f.predicate in ("award_received", "nominated_for")}
    key_of = lambda f: (f.predicate, EQUIVALENT.get(f.value, f.value), f.qualifiers.get("ceremony"))
    by_key: dict[tuple, list[Fact]] = defaultdict(list)
    for f in new:
        if f.predicate in ("award_received", "nominated_for"):
            by_key[key_of(f)].append(f)
    absorbed: set[str] = set()
    matched_fs: dict[tuple, list[tuple[Fact, list[Fact]]]] = defaultdict(list)
    for f in facts:
        if f.predicate not in ("award_received", "nominated_for"):
            continue
        k = key_of(f)
        if k[1] not in oscar_awards or not str(k[2] or "").endswith("-academy-awards"):
            continue
        mine = _involved(f)
        hits = [o for o in by_key.get(k, ()) if mine & _involved(o)
                or _title_match(comp, f, o)]
        matched_fs[k].append((f, hits))
        for o in hits:
            absorbed.add(o.id)
            for s in SOURCES:
                if s not in f.sources:
                    f.sources.append(s)
            for qk in ("character_name", "eligibility_year", "category_variant"):
                if qk in o.qualifiers and qk not in f.qualifiers:
                    f.qualifiers[qk] = o.qualifiers[qk]
            for qk in ("for_work", "recipients"):
                if qk in o.qualifiers and qk not in f.qualifiers and f.subject == o.subject:
                    f.qualifiers[qk] = o.qualifiers[qk]
        if hits:
            stats.merged_facts += 1
    # factsheet sets declared complete: any member the record lacks, or record member the
    # factsheet lacks, is a disagreement
    declared = _declared_sets(complete)
    for k, pairs in matched_fs.items():
        pred, award, cer = k
        rec = by_key.get(k, [])
        for f, hits in pairs:
            if hits:
                continue
            _dispute(comp, f, rec, stats, "the factsheet lists it; the Academy's record does not")
        if (pred, award, cer) in declared:
            lacking = [o for o in rec if o.id not in absorbed]
            for o in lacking:
                _dispute(comp, o, [f for f, _ in pairs], stats,
                         "the Academy's record lists it; the factsheet's complete list does not")
    return [f for f in new if f.id not in absorbed]


def _title_match(comp, f: Fact, o: Fact) -> bool:
    t = f.qualifiers.get("film_title")
    if not t or not o.qualifiers.get("for_work"):
        return False
    fe = comp.entities.get(o.qualifiers["for_work"])
    return bool(fe) and f.subject == o.subject and fold(str(t)).startswith(fold(fe["label"]))


def _declared_sets(complete: list[tuple]) -> set[tuple]:
    out = set()
    for pred, subj, obj, qk, qv, _note, _src in complete:
        if qk == "ceremony":
            out.add((pred, EQUIVALENT.get(obj, obj) if obj else subj, qv))
    return out


def _dispute(comp, f: Fact, others: list[Fact], stats: OscarStats, why: str) -> None:
    lab = lambda eid: (comp.entities.get(eid) or {}).get("label", eid)
    mine = ", ".join(sorted(lab(x) for x in _involved(f)))
    theirs = "; ".join(sorted({", ".join(sorted(lab(x) for x in _involved(o))) for o in others}))
    f.confidence = "disputed"
    f.disputed_values = [{"value": mine, "sources": list(f.sources)},
                         {"value": theirs or "(none)", "sources": sorted({s for o in others
                                                                            for s in o.sources})}]
    f.note = (f.note + " " if f.note else "") + f"Disputed: {why}."
    stats.disputes.append(f"{lab(f.qualifiers.get('ceremony'))}, {lab(f.value)} "
                          f"({f.predicate}): {mine} - {why} (other side: {theirs or 'none'})")


def _declare_complete(facts: list[Fact], complete: list[tuple], ceremonies: set[int]) -> int:
    """Complete sets of the record: per category and ceremony, per subject and ceremony, and
    per subject across the record (qualifier family: academy-awards)."""
    have = {(p, s, o, qk, qv) for p, s, o, qk, qv, _n, _src in complete}
    rows: list[tuple] = []
    cats: set[tuple[str, str]] = set()
    subs: set[tuple[str, str, str]] = set()
    for f in facts:
        if f.predicate not in ("award_received", "nominated_for") or not f.id.startswith("oscars:") \
                and SOURCE not in f.sources:
            continue
        cer = f.qualifiers.get("ceremony")
        if not str(cer or "").endswith("-academy-awards"):
            continue
        cats.add((f.value, cer))
        for x in _involved(f):
            subs.add((x, cer, f.predicate))
    for award, cer in sorted(cats):
        for pred in ("award_received", "nominated_for"):
            rows.append((pred, None, award, "ceremony", cer,
                         f"every {pred.replace('_', ' ')} of this category at the {cer}"))
    for award in sorted({a for a, _ in cats}):
        rows.append(("award_received", None, award, "family", FAMILY,
                     "every winner of this category, ceremonies 1-98"))
    for who, cer, _p in sorted(subs):
        for pred in ("award_received", "nominated_for"):
            rows.append((pred, who, None, "ceremony", cer, "the Academy's full record"))
    for who in sorted({w for w, _, _ in subs}):
        for pred in ("award_received", "nominated_for"):
            rows.append((pred, who, None, "family", FAMILY,
                         "the Academy's full record, ceremonies 1-98"))
    n = 0
    for p, s, o, qk, qv, note in rows:
        if (p, s, o, qk, qv) in have:
            continue
        have.add((p, s, o, qk, qv))
        complete.append((p, s, o, qk, qv, note, SOURCE))
        n += 1
    return n
