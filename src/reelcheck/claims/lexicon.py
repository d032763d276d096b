"""The relation lexicon (lexicon.yaml) loaded into lookup tables.

A cue is a verb lemma with the particles and prepositions that follow it ("take home", "go to",
"lose to"), a passive form ("be handed"), or a noun ("nomination"). `Lexicon.verb_cues(lemma)`
gives every relation a verb lemma can start, longest cue first, so the frame builder can test
which one the sentence completes. Users add cues in a YAML file of the same shape named by
REELCHECK_LEXICON, without code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


@dataclass(frozen=True)
class Relation:
    name: str
    family: str
    predicate: str
    polarity: Optional[str]
    roles: tuple  # ((dependency or preposition, role), ...)

    def role(self, slot: str) -> Optional[str]:
        for k, v in self.roles:
            if k == slot:
                return v
        return None


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]   # lemma first, then the words that must follow it ("home")
    passive: bool            # written "be X": the verb must be passive (or a copula + participle)
    relation: Relation


@dataclass
class Lexicon:
    verbs: dict[str, list[Cue]] = field(default_factory=dict)   # first lemma -> cues
    nouns: dict[str, Relation] = field(default_factory=dict)
    qualifiers: dict = field(default_factory=dict)
    categories: dict = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    layouts: dict[str, Relation] = field(default_factory=dict)
    ages: dict = field(default_factory=dict)   # the shapes an age is written in
    dates: dict = field(default_factory=dict)  # the events a date is said of
    bare: set = field(default_factory=set)   # verb lemmas that state a relation without object
    # a family's own section, read by that family alone (crew: roles and their words; cast,
    # records, filmography, plot: ...): whatever top-level key the lexicon files add
    sections: dict = field(default_factory=dict)

    def section(self, name: str) -> dict:
        return self.sections.get(name, {})

    def verb_cues(self, lemma: str) -> list[Cue]:
        return self.verbs.get(lemma, [])

    def noun(self, lemma: str) -> Optional[Relation]:
        return self.nouns.get(lemma)

    def noun_of(self, tok) -> Optional[Relation]:
        """The relation a token's noun cues, by its lemma or, failing that, its word as
        written ("noms", a plural the lemmatizer leaves alone)."""
        return self.noun(tok.lemma_.lower()) or self.noun(tok.lower_)

    def family_in(self, words: list[str]) -> Optional[str]:
        """The award family the first one- or two-word run of `words` (lower-cased) names
        ("golden globe", "oscars"), a two-word run before the one word it opens; or None."""
        for a, b in zip(words, words[1:] + [None]):
            if b is not None and f"{a} {b}" in self.families:
                return self.families[f"{a} {b}"]
            if a in self.families:
                return self.families[a]
        return None

    @property
    def first_words(self) -> frozenset[str]:
        """Every word that may start a cue, for the cheap candidate gate."""
        return frozenset(self.verbs) | frozenset(self.nouns)


_KNOWN = frozenset({"relations", "qualifiers", "categories", "families", "layouts", "ages",
                    "dates"})


def _merge(into: dict, extra: dict) -> dict:
    """A user's section merged into the shipped one: a key whose values are mappings on both
    sides is merged the same way (a crew role's own keys), any other value is replaced."""
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        else:
            into[k] = v
    return into


def _add(lex: Lexicon, data: dict) -> None:
    # a family's own section may add relations of its own ("plot: relations: ...")
    sections = {k: v for k, v in data.items() if k not in _KNOWN and isinstance(v, dict)}
    for k, v in sections.items():
        _merge(lex.sections.setdefault(k, {}), v)
    for r in list(data.get("relations") or []) + [
            r for v in sections.values() if isinstance(v.get("relations"), list)
            for r in v["relations"] if isinstance(r, dict) and "family" in r]:
        rel = Relation(r["name"], r["family"], r["predicate"], r.get("polarity"),
                       tuple(sorted((r.get("roles") or {}).items())))
        for v in r.get("verbs") or []:
            words = tuple(v.lower().split())
            passive = words[0] == "be" and len(words) > 1
            if passive:
                words = words[1:]
            cue = Cue(words, passive, rel)
            lst = [c for c in lex.verbs.get(words[0], []) if (c.words, c.passive) != (words, passive)]
            lst.append(cue)
            lst.sort(key=lambda c: (-len(c.words), not c.passive))
            lex.verbs[words[0]] = lst
        for v in r.get("copular") or []:
            cue = Cue(("be",) + tuple(v.lower().split()), False, rel)
            lst = lex.verbs.setdefault("be", [])
            lst.append(cue)
            lst.sort(key=lambda c: -len(c.words))
        lex.bare |= {b.lower() for b in r.get("bare") or []}
        for n in r.get("nouns") or []:
            lex.nouns[n.lower()] = rel
    by_name = {c.relation.name: c.relation for cs in lex.verbs.values() for c in cs}
    for layout, name in (data.get("layouts") or {}).items():
        if name in by_name:
            lex.layouts[layout] = by_name[name]
    for key in ("qualifiers", "categories", "ages", "dates"):
        getattr(lex, key).update(data.get(key) or {})
    lex.families.update({k.lower(): v for k, v in (data.get("families") or {}).items()})


def builtin_data() -> dict:
    """lexicon.yaml as `yaml.safe_load` reads it, through libyaml's scanner and parser when
    PyYAML was built with it: the same safe constructor and resolver make the same values
    (tests/claims/test_lexicon_load.py compares the two), about ten times faster on this
    160 kB file, which every process reads before its first check. A user's extra lexicon is
    read by `yaml.safe_load` itself (its errors worded as they always were)."""
    text = LEXICON_FILE.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", None)
    return yaml.load(text, Loader=loader) if loader is not None else yaml.safe_load(text)


@lru_cache(maxsize=4)
def load_lexicon(extra: Optional[str] = None) -> Lexicon:
    """The built-in lexicon, extended by `extra` (or $REELCHECK_LEXICON) when given."""
    lex = Lexicon()
    _add(lex, builtin_data())
    extra = extra or os.environ.get("REELCHECK_LEXICON")
    if extra:
        _add(lex, yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {})
    return lex
