"""One Wikidata entity (parsed JSON) -> one KB record: type, names, ids and facts.

Pure functions over the dump's JSON, no I/O, so the mapping can be tested on single entities
(including one as the Wikidata API returns it).

Decisions worth knowing:
- Dates are read by their `precision` field (9 year, 10 month, 11+ day), never by the string:
  "+1979-00-00" and "+1931-01-01" can both be year-precision. Values are ISO-8601 reduced to
  that precision: "1979", "1979-03", "1979-03-11". Coarser than a year (decade, century) and
  BCE dates are dropped (counted in `skipped_values`).
- Ranks: deprecated statements are dropped; for functional predicates (kb/schema.py), if any
  statement is preferred only the preferred ones are kept.
- "unknown value" / "no value" snaks (somevalue / novalue) are kept as string facts whose value
  is "unknown value" / "no value", with qualifier `snaktype` ("somevalue" / "novalue") and a
  note; they never point at an entity, so no name links to them.
- Entity references inside values and qualifiers are `Ref` strings (raw Q-ids) until the writer
  resolves them to KB ids ("wd:Q42" or an existing entity the Q-id is merged into).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..schema import PREDICATES

# -- classes (P31 values) that decide what is kept ------------------------------------------
FILM_CLASSES = frozenset({
    "Q11424",     # film
    "Q24869",     # feature film
    "Q506240",    # television film
    "Q202866",    # animated film
    "Q24862",     # short film
    "Q93204",     # documentary film
    "Q226730",    # silent film
    "Q229390",    # 3D film
    "Q20650540",  # anthology film
    "Q17123180",  # sequel film
    "Q1257444",   # film adaptation
})
AWARD_CLASSES = frozenset({
    "Q618779",    # award
    "Q4220917",   # film award
    "Q19020",     # Academy Awards (its categories are instances of it)
})
CEREMONY_CLASSES = frozenset({"Q4504495"})   # award ceremony
FESTIVAL_CLASSES = frozenset({"Q220505"})    # film festival
HUMAN = "Q5"
CHARACTER_CLASSES = frozenset({
    "Q95074",     # fictional character
    "Q15773347",  # film character
    "Q15632617",  # fictional human
})
PASS1_CLASSES = FILM_CLASSES | AWARD_CLASSES | CEREMONY_CLASSES | FESTIVAL_CLASSES

# -- units -----------------------------------------------------------------------------------
DURATION_TO_MINUTES = {"Q7727": 1.0, "Q11574": 1 / 60, "Q25235": 60.0}  # minute, second, hour
CURRENCIES = {"Q4917": "USD", "Q4916": "EUR"}

# -- properties ------------------------------------------------------------------------------
ENTITY_PROPS = {
    "P161": "cast_member", "P57": "director", "P58": "screenwriter", "P1040": "film_editor",
    "P162": "producer", "P344": "director_of_photography", "P86": "composer",
    "P166": "award_received", "P1411": "nominated_for",
    "P915": "filming_location", "P840": "narrative_location", "P750": "distributor",
    "P272": "production_company", "P495": "country_of_origin", "P364": "original_language",
    "P19": "place_of_birth",
}
DATE_PROPS = {"P577": "release_date", "P1191": "premiere_date", "P569": "date_of_birth",
              "P585": "ceremony_date", "P580": "start_date", "P582": "end_date"}
DATE_PROPS_FOR = {"ceremony_date": {"ceremony"}, "start_date": {"ceremony", "festival"},
                  "end_date": {"ceremony", "festival"}}
QUANTITY_PROPS = {"P2047": "runtime", "P2130": "budget", "P2142": "box_office"}
CREDIT_PROPS = ("P161", "P57", "P58", "P1040", "P162", "P344", "P86")

# What a referenced id probably is, when its own record does not say (labels-only entities).
ROLE_TYPES = {
    **{p: "person" for p in CREDIT_PROPS},
    "P166": "award", "P1411": "award", "P915": "place", "P840": "place", "P750": "organization",
    "P272": "organization", "P495": "place", "P364": "other", "P19": "place",
}
TYPES_WITH_FACTS = frozenset({"film", "person", "character", "award", "ceremony", "festival",
                              "organization"})


class Ref(str):
    """A raw Wikidata id used as a value; the writer turns it into a KB entity id."""
    __slots__ = ()


@dataclass(slots=True)
class RawFact:
    fid: str
    predicate: str
    value: Any
    value_type: str
    precision: Optional[str] = None
    unit: Optional[str] = None
    qualifiers: dict = field(default_factory=dict)
    sources: list = field(default_factory=list)
    note: str = ""


@dataclass(slots=True)
class Record:
    qid: str
    etype: Optional[str]
    label: str
    description: str = ""
    year: Optional[int] = None
    aliases: list = field(default_factory=list)      # (alias, kind)
    external: list = field(default_factory=list)     # (source, id)
    facts: list = field(default_factory=list)        # RawFact
    refs: dict = field(default_factory=dict)         # Q-id -> role type guess
    imdb_ids: list = field(default_factory=list)
    skipped: int = 0


# -- values ----------------------------------------------------------------------------------
def parse_time(v: dict) -> Optional[tuple[str, str]]:
    """(ISO value reduced to precision, "year"|"month"|"day") or None if unusable."""
    prec = v.get("precision")
    t = v.get("time")
    if not isinstance(t, str) or not isinstance(prec, int) or prec < 9 or t.startswith("-"):
        return None
    body = t[1:] if t[0] == "+" else t
    parts = body.split("T", 1)[0].split("-")
    if len(parts) != 3:
        return None
    try:
        year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    except ValueError:
        return None
    if year <= 0:
        return None
    if prec >= 10 and 1 <= month <= 12:
        if prec >= 11 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


def unit_id(unit: Any) -> Optional[str]:
    """'http://www.wikidata.org/entity/Q7727' -> 'Q7727'; '1' (no unit) -> None."""
    if not isinstance(unit, str) or unit == "1":
        return None
    return unit.rsplit("/", 1)[-1]


def entity_value(v: Any) -> Optional[str]:
    if not isinstance(v, dict):
        return None
    eid = v.get("id")
    if isinstance(eid, str):
        return eid
    n = v.get("numeric-id")
    if isinstance(n, int):
        return ("P" if v.get("entity-type") == "property" else "Q") + str(n)
    return None


def snak_value(snak: dict) -> tuple[str, Any]:
    """(kind, value): kind is 'special' (somevalue/novalue), 'entity', 'time', 'quantity',
    'text' (monolingual: (text, lang)), 'string', or 'none' (unusable)."""
    st = snak.get("snaktype")
    if st in ("somevalue", "novalue"):
        return "special", st
    dv = snak.get("datavalue")
    if not isinstance(dv, dict):
        return "none", None
    t, v = dv.get("type"), dv.get("value")
    if t == "wikibase-entityid":
        e = entity_value(v)
        return ("entity", Ref(e)) if e else ("none", None)
    if t == "time":
        tv = parse_time(v) if isinstance(v, dict) else None
        return ("time", tv) if tv else ("none", None)
    if t == "quantity" and isinstance(v, dict):
        try:
            return "quantity", (float(v["amount"]), unit_id(v.get("unit")))
        except (KeyError, TypeError, ValueError):
            return "none", None
    if t == "monolingualtext" and isinstance(v, dict) and isinstance(v.get("text"), str):
        return "text", (v["text"], v.get("language", ""))
    if t == "string" and isinstance(v, str):
        return "string", v
    return "none", None


def _num(x: float) -> Any:
    r = round(x, 3)
    return int(r) if r == int(r) else r


def statements(claims: dict, pid: str, functional: bool) -> list[tuple[int, dict]]:
    """(index, statement) pairs honouring rank; index is the position in the dump's list, which
    makes fact ids stable across re-imports of the same dump."""
    sts = claims.get(pid)
    if not isinstance(sts, list):
        return []
    out = [(i, s) for i, s in enumerate(sts)
           if isinstance(s, dict) and s.get("rank") != "deprecated"
           and isinstance(s.get("mainsnak"), dict)]
    if functional and any(s.get("rank") == "preferred" for _, s in out):
        out = [(i, s) for i, s in out if s.get("rank") == "preferred"]
    return out


def p31(claims: dict) -> set[str]:
    out = set()
    for _, s in statements(claims, "P31", False):
        kind, v = snak_value(s["mainsnak"])
        if kind == "entity":
            out.add(str(v))
    return out


def classify(classes: set[str]) -> Optional[str]:
    if classes & FILM_CLASSES:
        return "film"
    if classes & CEREMONY_CLASSES:
        return "ceremony"
    if classes & FESTIVAL_CLASSES:
        return "festival"
    if classes & AWARD_CLASSES:
        return "award"
    if HUMAN in classes:
        return "person"
    if classes & CHARACTER_CLASSES:
        return "character"
    return None


def reference_urls(statement: dict) -> list[str]:
    urls: list[str] = []
    for ref in statement.get("references") or ():
        snaks = ref.get("snaks") if isinstance(ref, dict) else None
        for snak in (snaks or {}).get("P854") or ():
            kind, v = snak_value(snak) if isinstance(snak, dict) else ("none", None)
            if kind == "string" and v not in urls:
                urls.append(v)
    return urls


def _qual_values(statement: dict, pid: str) -> list[tuple[str, Any]]:
    quals = statement.get("qualifiers")
    if not isinstance(quals, dict):
        return []
    return [snak_value(s) for s in quals.get(pid) or () if isinstance(s, dict)]


def _first(statement: dict, pid: str, kind: str) -> Any:
    for k, v in _qual_values(statement, pid):
        if k == kind:
            return v
    return None


def english(d: Any, *, many: bool = False):
    """English label/description (falling back to multilingual and regional English)."""
    if not isinstance(d, dict):
        return [] if many else ""
    for lang in ("en", "mul", "en-gb", "en-us", "en-ca"):
        v = d.get(lang)
        if v:
            if many:
                return [a["value"] for a in v if isinstance(a, dict) and a.get("value")]
            if isinstance(v, dict) and isinstance(v.get("value"), str):
                return v["value"]
    return [] if many else ""


def names(obj: dict) -> tuple[str, list[tuple[str, str]]]:
    """Label (English, else any language, else the Q-id) and English aliases."""
    labels = obj.get("labels")
    label = english(labels)
    if not label and isinstance(labels, dict):
        for v in labels.values():
            if isinstance(v, dict) and isinstance(v.get("value"), str):
                label = v["value"]
                break
    aliases = [(a, "alias") for a in english(obj.get("aliases"), many=True)]
    return label or str(obj.get("id", "")), aliases


# -- the mapping -----------------------------------------------------------------------------
def convert(obj: dict, etype: Optional[str], *, facts: bool = True) -> Record:
    """Map one entity. `etype` is the KB type decided by the caller (from P31 or the role the
    entity was referenced in); with `facts=False` only names and ids are read."""
    qid = str(obj["id"])
    label, aliases = names(obj)
    rec = Record(qid, etype, label, english(obj.get("descriptions")), aliases=aliases,
                 external=[("wikidata", qid)])
    claims = obj.get("claims")
    if not isinstance(claims, dict):
        return rec
    for _, s in statements(claims, "P345", True):
        kind, v = snak_value(s["mainsnak"])
        if kind == "string" and v not in rec.imdb_ids:
            rec.imdb_ids.append(v)
            rec.external.append(("imdb", v))
    if not facts or etype not in TYPES_WITH_FACTS:
        return rec
    src0 = f"wikidata:{qid}"

    def add(pid: str, i: int, s: dict, pred: str, value: Any, vtype: str, **kw) -> RawFact:
        f = RawFact(f"wd:{qid}:{pid}:{i}", pred, value, vtype,
                    sources=[src0, *reference_urls(s)], **kw)
        rec.facts.append(f)
        return f

    def special(pid: str, i: int, s: dict, pred: str, v: str, quals: dict) -> None:
        add(pid, i, s, pred, "unknown value" if v == "somevalue" else "no value", "string",
            qualifiers={**quals, "snaktype": v},
            note="Wikidata: unknown value" if v == "somevalue" else "Wikidata: no value")

    for pid, pred in ENTITY_PROPS.items():
        if pid not in claims:
            continue
        functional = PREDICATES[pred].functional
        for i, s in statements(claims, pid, functional):
            kind, v = snak_value(s["mainsnak"])
            quals = _entity_qualifiers(pid, s, rec)
            if kind == "entity":
                rec.refs.setdefault(str(v), ROLE_TYPES.get(pid, "other"))
                add(pid, i, s, pred, v, "entity", qualifiers=quals)
            elif kind == "special":
                special(pid, i, s, pred, v, quals)
            else:
                rec.skipped += 1

    years = []
    for pid, pred in DATE_PROPS.items():
        if pid not in claims or (pred in DATE_PROPS_FOR and etype not in DATE_PROPS_FOR[pred]):
            continue
        for i, s in statements(claims, pid, PREDICATES[pred].functional):
            kind, v = snak_value(s["mainsnak"])
            quals: dict = {}
            if pred == "release_date":
                country = _first(s, "P291", "entity")
                if country:
                    quals["country"] = country
                    rec.refs.setdefault(str(country), "place")
            if kind == "time":
                add(pid, i, s, pred, v[0], "date", precision=v[1], qualifiers=quals)
                if pred in ("release_date", "ceremony_date"):
                    years.append(int(v[0][:4]))
            elif kind == "special":
                special(pid, i, s, pred, v, quals)
            else:
                rec.skipped += 1
    if years and etype in ("film", "ceremony"):
        rec.year = min(years)

    for pid, pred in QUANTITY_PROPS.items():
        if pid not in claims:
            continue
        for i, s in statements(claims, pid, True):
            kind, v = snak_value(s["mainsnak"])
            if kind == "special":
                special(pid, i, s, pred, v, {})
                continue
            if kind != "quantity":
                rec.skipped += 1
                continue
            amount, unit = v
            quals = {}
            if pred == "runtime":
                if unit in DURATION_TO_MINUTES:
                    amount, unit = amount * DURATION_TO_MINUTES[unit], "minute"
            else:
                unit = CURRENCIES.get(unit, unit) if unit else None
                if pred == "box_office":
                    as_of = _first(s, "P585", "time")
                    if as_of:
                        quals["as_of"] = as_of[0]
                    scope = _first(s, "P3005", "entity")
                    if scope:
                        quals["scope"] = scope
                        rec.refs.setdefault(str(scope), "place")
            add(pid, i, s, pred, _num(amount), "quantity", unit=unit, qualifiers=quals)

    for i, s in statements(claims, "P345", True):
        kind, v = snak_value(s["mainsnak"])
        if kind == "string":
            add("P345", i, s, "imdb_id", v, "string")

    for pid in ("P1476", "P1559", "P1477"):   # title, native name, birth name
        for i, s in statements(claims, pid, False):
            kind, v = snak_value(s["mainsnak"])
            if kind != "text":
                continue
            text, lang = v
            if pid == "P1477":
                rec.aliases.append((text, "birth_name"))
                add(pid, i, s, "birth_name", text, "string", qualifiers={"language": lang})
            else:
                rec.aliases.append((text, "alias" if lang.startswith("en") else "translation"))
    return rec


def _entity_qualifiers(pid: str, s: dict, rec: Record) -> dict:
    quals: dict = {}
    if pid == "P161":
        role = _first(s, "P453", "entity")
        if role:
            quals["character"] = role
            rec.refs.setdefault(str(role), "character")
        else:
            name = _first(s, "P4633", "string")
            if name is None:
                text = _first(s, "P4633", "text")
                name = text[0] if text else None
            if name:
                quals["character"] = name
    elif pid in ("P166", "P1411"):
        when = _first(s, "P585", "time")
        if when:
            quals["year"] = int(when[0][:4])
        for key, qp, role in (("ceremony", "P805", "ceremony"), ("for_work", "P1686", "work")):
            v = _first(s, qp, "entity")
            if v:
                quals[key] = v
                rec.refs.setdefault(str(v), role)
        recipients = [v for k, v in _qual_values(s, "P2453") if k == "entity"]
        if recipients:
            quals["recipients"] = recipients
            for r in recipients:
                rec.refs.setdefault(str(r), "person")
    return quals
