"""Factsheets: the human-writable YAML format of the KB, and its compiler.

A factsheet is one YAML file per topic with three lists:

    factsheet: anora                      # name (defaults to the file stem)
    entities:                             # what the facts talk about
      - {label: Anora, type: film, year: 2024, id: anora-2024-film,
         aliases: [...], nicknames: [...], translations: [...], birth_name: ...,
         external: {wikidata: Q..., imdb: tt...}, description: ...}
    facts:
      - {subject: anora-2024-film, predicate: runtime, object: 139 min,
         qualifiers: {...}, sources: [url, ...], confidence: sourced|disputed|memory,
         disputed_values: [{value: ..., sources: [...]}], note: ...}
    complete:                             # sets the verifier may refute on absence
      - {predicate: award_received, subject: anora-2024-film,
         qualifiers: {ceremony: 97th-academy-awards}, note: ..., sources: [...]}

Entities are referred to by id or by an unambiguous label/alias. Objects are parsed by the
predicate's declared kind (kb/schema.py). `memory` facts (no source) are left out of the KB:
nothing unsourced may refute. Errors name the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from ..textutil import fold, slug
from .schema import ENTITY_TYPES, PREDICATES
from .store import Fact, KBWriter

from .schema import ENTITY_QUALIFIERS  # noqa: E402  (qualifiers that name entities)


class FactsheetError(Exception):
    """A factsheet problem, located: `file:line: message`."""


# libyaml's parser when the wheel has it (4x faster on the 20k-line awards history)
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that remembers the line of every mapping (as key `__line__`)."""


def _construct_mapping(loader, node, deep=False):
    m = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    m["__line__"] = node.start_mark.line + 1
    return m


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings: precision matters and YAML's date parsing would drop it.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


@dataclass
class CompileStats:
    files: int = 0
    entities: int = 0
    facts: int = 0
    disputed: int = 0
    skipped_memory: int = 0
    complete: int = 0
    warnings: list[str] = field(default_factory=list)
    disputes: list[str] = field(default_factory=list)   # factsheets vs datasets
    datasets: list[str] = field(default_factory=list)


def load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise FactsheetError(f"{path}{line}: invalid YAML: {getattr(e, 'problem', e)}") from None
    except UnicodeDecodeError:
        raise FactsheetError(f"{path}: not UTF-8 text") from None


def _strip(d: dict) -> dict:
    return {k: v for k, v in d.items() if k != "__line__"}


# -- value parsing -------------------------------------------------------------------------
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# a nomination's result naming who won instead: "lost to Demi Moore (The Substance)"
_LOST_TO = re.compile(r"^lost to (.+?)(?: \((.+)\))?\s*$")
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9}
_UNITS = {"min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
          "h": "hour", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
          "year": "year", "years": "year", "usd": "USD", "$": "USD", "eur": "EUR", "€": "EUR",
          "gbp": "GBP", "£": "GBP"}


def parse_date(v: Any) -> tuple[str, str]:
    """'2024-10-18' -> ('2024-10-18', 'day'); '2024-10' -> month; 2024 -> year."""
    s = str(v).strip()
    m = _DATE.match(s)
    if not m:
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {s!r}")
    y, mo, d = m.groups()
    if d:
        return s, "day"
    if mo:
        return s, "month"
    return y, "year"


def parse_quantity(v: Any, unit: Optional[str]) -> tuple[float, Optional[str]]:
    """139, '139 min', '$6 million', '37 days' -> (amount, unit)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v), unit
    s = str(v).strip().lower().replace(",", "")
    hm = re.match(r"^(\d+)\s*h(?:ours?|rs?)?\s*(\d+)\s*(?:m|mins?|minutes?)?$", s)
    if hm:
        amount = int(hm.group(1)) * 60 + int(hm.group(2))
        if unit and unit != "minute":
            raise ValueError(f"unit minute where {unit} is expected: {v!r}")
        return float(amount), "minute"
    m = re.match(r"^([$€£])?\s*(\d+(?:\.\d+)?)\s*([a-z]+)?\s*([a-z$€£]+)?$", s)
    if not m:
        raise ValueError(f"not a quantity: {v!r}")
    cur, num, w1, w2 = m.groups()
    amount = float(num)
    got_unit = _UNITS.get(cur) if cur else None
    for w in (w1, w2):
        if not w:
            continue
        if w in _SCALE:
            amount *= _SCALE[w]
        elif w in _UNITS:
            got_unit = _UNITS[w]
        else:
            raise ValueError(f"unknown unit {w!r} in {v!r}")
    if got_unit == "hour" and unit == "minute":
        amount, got_unit = amount * 60, "minute"
    if unit and got_unit and got_unit != unit:
        raise ValueError(f"unit {got_unit} where {unit} is expected: {v!r}")
    return amount, unit or got_unit


# -- compiler ------------------------------------------------------------------------------
class Compiler:
    """Reads factsheets, resolves names to entities, checks types, writes a KB."""

    def __init__(self):
        self.entities: dict[str, dict] = {}
        self.names: dict[str, set[str]] = {}
        self.raw_facts: list[tuple[Path, dict, str]] = []
        self.raw_complete: list[tuple[Path, dict]] = []
        self.stats = CompileStats()

    def add_file(self, path: Path) -> None:
        data = load_yaml(path)
        if data is None:
            return
        if not isinstance(data, dict):
            raise FactsheetError(f"{path}:1: a factsheet is a mapping with entities/facts/complete")
        unknown = set(data) - {"factsheet", "about", "entities", "facts", "complete", "__line__"}
        if unknown:
            raise FactsheetError(f"{path}:1: unknown top-level key(s): {', '.join(sorted(unknown))}")
        name = str(data.get("factsheet") or path.stem)
        self.stats.files += 1
        for e in data.get("entities") or []:
            self._add_entity(path, e)
        for i, f in enumerate(data.get("facts") or []):
            if not isinstance(f, dict):
                raise FactsheetError(f"{path}: facts[{i}] is not a mapping")
            self.raw_facts.append((path, f, f"{name}:{i + 1}"))
        for c in data.get("complete") or []:
            if not isinstance(c, dict):
                raise FactsheetError(f"{path}: complete entries must be mappings")
            self.raw_complete.append((path, c))

    def _where(self, path: Path, d: dict) -> str:
        return f"{path}:{d.get('__line__', '?')}"

    def _add_entity(self, path: Path, e: Any) -> None:
        if not isinstance(e, dict) or not e.get("label"):
            raise FactsheetError(f"{self._where(path, e if isinstance(e, dict) else {})}: "
                                 "an entity needs a label")
        etype = e.get("type", "other")
        if etype not in ENTITY_TYPES:
            raise FactsheetError(f"{self._where(path, e)}: unknown entity type {etype!r} "
                                 f"(one of {', '.join(ENTITY_TYPES)})")
        eid = str(e.get("id") or slug(e["label"]))
        if eid in self.entities:
            prev = self.entities[eid]
            raise FactsheetError(f"{self._where(path, e)}: duplicate entity id {eid!r} "
                                 f"(first at {prev['__where__']})")
        e = dict(e, id=eid, type=etype, __where__=self._where(path, e))
        self.entities[eid] = e
        for n in self._entity_names(e):
            self.names.setdefault(fold(n), set()).add(eid)
        self.names.setdefault(eid, set()).add(eid)

    @staticmethod
    def _entity_names(e: dict) -> list[str]:
        out = [e["label"]]
        for key in ("aliases", "nicknames", "translations", "character_names"):
            out += [str(a) for a in e.get(key) or []]
        if e.get("birth_name"):
            out.append(str(e["birth_name"]))
        return out

    def _winners_of_losses(self, facts: list[Fact]) -> list[Fact]:
        """The wins a nomination's result states of another ("result: lost to Demi Moore (The
        Substance)"): an `award_received` fact of that winner (a person, with the film as the
        work, or a film), at the same ceremony, with the nomination's sources, where the KB
        holds no such win yet and the name is one KB entity."""
        have = {(f.subject, f.value, f.qualifiers.get("ceremony")) for f in facts
                if f.predicate == "award_received"}
        out = []
        for f in facts:
            res = f.qualifiers.get("result") if f.predicate == "nominated_for" else None
            m = _LOST_TO.match(res) if isinstance(res, str) else None
            if m is None:
                continue
            who = self._one_named(m.group(1), ("person", "film"))
            work = self._one_named(m.group(2), ("film",)) if m.group(2) else None
            key = (who, f.value, f.qualifiers.get("ceremony"))
            if who is None or key in have:
                continue
            have.add(key)
            q = {k: f.qualifiers[k] for k in ("ceremony", "year") if k in f.qualifiers}
            if work and self.entities[who]["type"] == "person":
                q["for_work"] = work
            out.append(Fact(f"{f.id}:winner", who, "award_received", f.value, "entity",
                            qualifiers=q, sources=list(f.sources),
                            note="the winner the nomination's result names"))
        return out

    def _one_named(self, name: str, types: tuple) -> Optional[str]:
        """The one entity of `types` the name stands for, or None."""
        got = {c for c in self.names.get(fold(name.strip()), set())
               if self.entities[c]["type"] in types}
        return next(iter(got)) if len(got) == 1 else None

    def resolve(self, ref: Any, where: str, want_type: Optional[str] = None) -> str:
        if isinstance(ref, dict):
            raise FactsheetError(f"{where}: expected an entity name or id, got a mapping")
        key = str(ref)
        if key in self.entities:
            return key
        cands = self.names.get(fold(key), set())
        if want_type and len(cands) > 1:
            typed = {c for c in cands if self.entities[c]["type"] == want_type}
            cands = typed or cands
        if len(cands) == 1:
            return next(iter(cands))
        if not cands:
            raise FactsheetError(f"{where}: unknown entity {key!r} (declare it under entities:)")
        raise FactsheetError(f"{where}: ambiguous entity {key!r}: {', '.join(sorted(cands))} "
                             "(use the id)")

    def _qualifiers(self, q: Any, where: str) -> dict:
        if q is None:
            return {}
        if not isinstance(q, dict):
            raise FactsheetError(f"{where}: qualifiers must be a mapping")
        out = {}
        for k, v in _strip(q).items():
            if k in ENTITY_QUALIFIERS and v is not None:
                if isinstance(v, list):
                    out[k] = [self.resolve(x, where) for x in v]
                else:
                    out[k] = self.resolve(v, where)
            else:
                out[k] = v
        return out

    def _fact(self, path: Path, f: dict, default_id: str) -> Optional[Fact]:
        where = self._where(path, f)
        for key in ("subject", "predicate", "object"):
            if key not in f:
                raise FactsheetError(f"{where}: a fact needs {key}")
        pred = PREDICATES.get(str(f["predicate"]))
        if pred is None:
            raise FactsheetError(f"{where}: unknown predicate {f['predicate']!r} "
                                 "(see reelcheck/kb/schema.py)")
        conf = f.get("confidence", "sourced")
        if conf not in ("sourced", "disputed", "memory"):
            raise FactsheetError(f"{where}: confidence must be sourced, disputed or memory")
        sources = [str(s) for s in f.get("sources") or []]
        if conf == "memory" and not sources:
            self.stats.skipped_memory += 1
            return None
        if conf == "memory":
            conf = "sourced"
        if not sources:
            raise FactsheetError(f"{where}: a {conf} fact needs at least one source")
        subject = self.resolve(f["subject"], where)
        fact = Fact(id=str(f.get("id") or default_id), subject=subject, predicate=pred.name,
                    value=None, value_type=pred.object_kind, unit=pred.unit,
                    qualifiers=self._qualifiers(f.get("qualifiers"), where), confidence=conf,
                    sources=sources, note=str(f.get("note") or ""))
        try:
            fact.value, fact.precision, fact.unit = self._value(pred, f["object"], where,
                                                                f.get("unit"))
            if f.get("disputed_values"):
                fact.disputed_values = []
                for dv in f["disputed_values"]:
                    v, p, _ = self._value(pred, dv["value"], where, f.get("unit"))
                    fact.disputed_values.append({"value": v, "precision": p,
                                                 "sources": dv.get("sources") or []})
        except (ValueError, KeyError, TypeError) as e:
            raise FactsheetError(f"{where}: {e}") from None
        if conf == "disputed" and not fact.disputed_values:
            raise FactsheetError(f"{where}: a disputed fact needs disputed_values")
        return fact

    def _value(self, pred, obj: Any, where: str, unit: Optional[str]):
        kind = pred.object_kind
        if kind == "entity":
            return self.resolve(obj, where), None, None
        if kind == "date":
            v, p = parse_date(obj)
            return v, p, None
        if kind == "quantity":
            amount, u = parse_quantity(obj, unit or pred.unit)
            return amount, None, u
        return str(obj), None, None

    def write(self, out: Path, name: str = "reelcheck default KB",
              oscars: Optional[Path] = None, progress=None) -> CompileStats:
        step = progress or (lambda what: None)
        step("factsheets")
        facts: list[Fact] = []
        for path, f, fid in self.raw_facts:
            fact = self._fact(path, f, fid)
            if fact is not None:
                facts.append(fact)
        seen: dict[str, str] = {}
        for fact in facts:
            if fact.id in seen:
                raise FactsheetError(f"duplicate fact id {fact.id!r}")
            seen[fact.id] = fact.id
        complete = []
        for path, c in self.raw_complete:
            where = self._where(path, c)
            if "predicate" not in c or c["predicate"] not in PREDICATES:
                raise FactsheetError(f"{where}: a complete entry needs a known predicate")
            subj = self.resolve(c["subject"], where) if c.get("subject") else None
            obj = self.resolve(c["object"], where) if c.get("object") else None
            quals = self._qualifiers(c.get("qualifiers"), where)
            if len(quals) > 1:
                raise FactsheetError(f"{where}: a complete entry takes at most one qualifier")
            qk, qv = next(iter(quals.items())) if quals else (None, None)
            srcs = c.get("sources") or []
            complete.append((c["predicate"], subj, obj, qk, None if qv is None else str(qv),
                             str(c.get("note") or ""), srcs[0] if srcs else None))
        if oscars is not None:
            step("Oscar record")
            from .oscars import merge_oscars
            ost = merge_oscars(self, facts, complete, Path(oscars))
            self.stats.disputes += ost.disputes
            self.stats.datasets.append(
                f"Oscar record: {ost.nominations} nominations, {ost.facts} new facts, "
                f"{ost.merged_facts} factsheet facts confirmed, {ost.entities_new} new entities, "
                f"{ost.entities_merged} merged with factsheet entities, {ost.complete} complete "
                f"sets, {len(ost.disputes)} disagreement(s)")

        facts += self._winners_of_losses(facts)

        step("writing")
        w = KBWriter(out, name=name)
        try:
            for eid, e in self.entities.items():
                year = e.get("year")
                w.add_entity(eid, e["type"], str(e["label"]), str(e.get("description") or ""),
                             int(year) if year else None)
                for key, kind in (("aliases", "alias"), ("nicknames", "nickname"),
                                  ("translations", "translation"),
                                  ("character_names", "character_name"),
                                  ("misspellings", "misspelling")):
                    for a in e.get(key) or []:
                        w.add_alias(eid, str(a), kind)
                if e.get("birth_name"):
                    w.add_alias(eid, str(e["birth_name"]), "birth_name")
                for src, xid in (e.get("external") or {}).items():
                    if src != "__line__":
                        w.add_external_id(eid, str(src), str(xid))
            w.add_facts(facts)
            w.add_completeness_many(complete)
            self.stats.entities = len(self.entities)
            self.stats.facts = len(facts)
            self.stats.disputed = sum(1 for f in facts if f.confidence == "disputed")
            self.stats.complete = len(complete)
            w.set_meta("factsheets", str(self.stats.files))
            step("indexing")
            w.commit()
        except BaseException:
            w.abort()
            raise
        return self.stats


def factsheet_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.suffix in (".yaml", ".yml"))
        elif p.is_file():
            files.append(p)
        else:
            raise FactsheetError(f"{p}: no such file or directory")
    if not files:
        raise FactsheetError("no factsheets (*.yaml) found in " + ", ".join(map(str, paths)))
    return files


def compile_factsheets(paths: Iterable[str | Path], out: str | Path,
                       name: str = "reelcheck default KB", oscars: Optional[str | Path] = None,
                       progress=None) -> CompileStats:
    """Compile factsheet files/folders into one KB file (written aside, then swapped in).

    `oscars`: the Oscar record's data file (kb/oscars.py) to compile in and reconcile with the
    factsheets. `progress(step)` is called as each step starts.
    """
    c = Compiler()
    if progress:
        progress("reading factsheets")
    for f in factsheet_files(paths):
        c.add_file(f)
    return c.write(Path(out), name=name, oscars=Path(oscars) if oscars else None,
                   progress=progress)
