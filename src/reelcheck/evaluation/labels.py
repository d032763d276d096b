"""Gold labels and the dev-set manifest: parsed, validated and anchored to article offsets.

Labels name their span by an exact substring (plus an occurrence index) rather than by offsets,
so that a human can write and review them; this module turns them into code-point spans once,
and turns every malformed line into a one-line problem instead of an exception.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..model import CATEGORIES

KIND_LABELS = {
    "claim": ("supported", "refuted", "not_enough_info"),
    "name": ("misspelled", "none"),
    "quote": ("verified", "altered", "misattributed", "unsourced"),
    "link": ("piracy", "spam", "ok", "unknown"),
}


@dataclass(slots=True)
class Label:
    """One gold judgement about one span of one article."""
    article: str
    kind: str
    text: str
    label: str
    certain: bool = True
    occurrence: int = 0
    category: Optional[str] = None
    hedged: Optional[bool] = None
    suggestion: Optional[str] = None
    note: str = ""
    line: int = 0
    start: int = -1
    end: int = -1

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        d = {"article": self.article, "kind": self.kind, "text": self.text, "label": self.label,
             "certain": self.certain, "span": [self.start, self.end]}
        for k in ("category", "hedged", "suggestion"):
            v = getattr(self, k)
            if v is not None:
                d[k] = v
        if self.note:
            d["note"] = self.note
        return d


@dataclass(slots=True)
class LabelProblem:
    """A label line that cannot be used, with where it is and why."""
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class LabelSet:
    labels: list[Label] = field(default_factory=list)
    problems: list[LabelProblem] = field(default_factory=list)

    def by_article(self) -> dict[str, list[Label]]:
        out: dict[str, list[Label]] = {}
        for lab in self.labels:
            out.setdefault(lab.article, []).append(lab)
        return out


def parse_label(obj: object, where: str) -> Label:
    """A `Label` from one decoded JSON line; `ValueError` with a short reason otherwise."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    for key in ("article", "kind", "text", "label"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise ValueError(f"missing or empty string field {key!r}")
    kind = obj["kind"]
    if kind not in KIND_LABELS:
        raise ValueError(f"unknown kind {kind!r} (expected {', '.join(KIND_LABELS)})")
    if obj["label"] not in KIND_LABELS[kind]:
        raise ValueError(f"label {obj['label']!r} is not one of {', '.join(KIND_LABELS[kind])} "
                         f"for kind {kind!r}")
    certain = obj.get("certain", True)
    if not isinstance(certain, bool):
        raise ValueError("'certain' must be true or false")
    occ = obj.get("occurrence", 0)
    if not isinstance(occ, int) or isinstance(occ, bool) or occ < 0:
        raise ValueError("'occurrence' must be a non-negative integer")
    cat = obj.get("category")
    if cat is not None and cat not in CATEGORIES:
        raise ValueError(f"unknown category {cat!r}")
    hedged = obj.get("hedged")
    if hedged is not None and not isinstance(hedged, bool):
        raise ValueError("'hedged' must be true or false")
    sugg = obj.get("suggestion")
    if sugg is not None and not isinstance(sugg, str):
        raise ValueError("'suggestion' must be a string")
    return Label(article=obj["article"], kind=kind, text=obj["text"], label=obj["label"],
                 certain=certain, occurrence=occ, category=cat, hedged=hedged, suggestion=sugg,
                 note=str(obj.get("note") or ""))


def load_labels(path: str | Path) -> LabelSet:
    """Every usable label of a JSONL file; bad lines become problems, not exceptions."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such labels file")
    out = LabelSet()
    raw = p.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", errors="replace")
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{p.name}:{i}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            out.problems.append(LabelProblem(where, f"invalid JSON ({e.msg})"))
            continue
        try:
            lab = parse_label(obj, where)
        except ValueError as e:
            out.problems.append(LabelProblem(where, str(e)))
            continue
        lab.line = i
        out.labels.append(lab)
    return out


def anchor(label: Label, text: str) -> Optional[str]:
    """Set the label's span from its text and occurrence; return a problem message or None."""
    pos, n = -1, -1
    while n < label.occurrence:
        pos = text.find(label.text, pos + 1)
        if pos < 0:
            break
        n += 1
    if pos < 0:
        if n < 0:
            return f"text {label.text[:60]!r} is not in the article"
        return (f"text {label.text[:60]!r} occurs {n + 1} time(s); occurrence "
                f"{label.occurrence} does not exist")
    label.start, label.end = pos, pos + len(label.text)
    return None


def count_occurrences(needle: str, haystack: str) -> int:
    n, pos = 0, haystack.find(needle)
    while pos >= 0:
        n += 1
        pos = haystack.find(needle, pos + 1)
    return n


@dataclass(slots=True)
class ArticleInfo:
    """What the manifest says about one article: its style and whether the KB has its film."""
    file: str
    style: str = ""
    kb_has_film: bool = True
    title: str = ""


def load_manifest(path: str | Path | None) -> dict[str, ArticleInfo]:
    """`{"articles": [{"file", "style", "kb_has_film", "title"}]}` -> info by file name.

    A missing file means "no manifest" (every article assumed to be about a KB film); a broken
    one is a `ValueError` with a one-line reason.
    """
    if path is None:
        return {}
    p = Path(path)
    if not p.is_file():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{p}: not valid JSON ({e})") from None
    items = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError(f"{p}: expected an object with an 'articles' list")
    out: dict[str, ArticleInfo] = {}
    for i, it in enumerate(items):
        if not isinstance(it, dict) or not isinstance(it.get("file"), str):
            raise ValueError(f"{p}: entry {i} has no 'file' name")
        out[it["file"]] = ArticleInfo(file=it["file"], style=str(it.get("style", "")),
                                      kb_has_film=bool(it.get("kb_has_film", True)),
                                      title=str(it.get("title", "")))
    return out
