"""The one data model every stage reads and writes.

Data flows one way (ingest -> link -> claims -> verify -> report) and each stage adds to a
`Document`'s annotations; nothing downstream re-reads raw input. Spans are code-point offsets
into `Document.text` (end-exclusive), exactly as in the `reelcheck.report/1` contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Optional

SCHEMA_ID = "reelcheck.report/1"

ClaimVerdict = Literal["supported", "refuted", "not_enough_info"]
QuoteVerdict = Literal["verified", "altered", "misattributed", "unsourced"]
LinkVerdict = Literal["ok", "unknown", "spam", "piracy"]
NameIssue = Literal["none", "misspelled", "ambiguous"]

CATEGORIES = (
    "award", "count", "date", "cast", "crew", "festival", "money", "runtime",
    "location", "record", "filmography", "plot", "production", "other",
)


@dataclass(slots=True)
class EntityRef:
    """A pointer to a KB entity as the report shows it."""
    id: str
    label: str

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label}


@dataclass(slots=True)
class Evidence:
    """One KB fact or trusted passage behind a verdict, in words, with where it came from."""
    statement: str
    source: Optional[str] = None        # the best source to cite (verify/sources.py ranks them)
    fact_id: Optional[str] = None
    sources: list = field(default_factory=list)   # every usable source, best first

    def to_dict(self) -> dict:
        d = {"statement": self.statement, "fact_id": self.fact_id, "source": self.source}
        if len(self.sources) > 1:
            d["sources"] = list(self.sources)
        return d


@dataclass(slots=True)
class Mention:
    """A span of text linked to a KB entity (possibly misspelled or ambiguous)."""
    start: int
    end: int
    text: str
    entity: EntityRef
    entity_type: str = ""
    issue: NameIssue = "none"
    suggestion: Optional[str] = None
    score: float = 1.0
    how: str = "alias"  # alias | partial | nickname | fuzzy | context

    def to_dict(self) -> dict:
        return {
            "span": [self.start, self.end], "text": self.text, "entity": self.entity.to_dict(),
            "issue": self.issue, "suggestion": self.suggestion,
        }


@dataclass(slots=True)
class Claim:
    """A check-worthy statement and, after verification, its verdict."""
    id: str
    start: int
    end: int
    text: str
    category: str
    subject: Optional[EntityRef] = None
    predicate: Optional[str] = None
    object: Any = None
    verdict: ClaimVerdict = "not_enough_info"
    hedged: bool = False
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str = ""
    # Structured slots the extractor filled, for the verifier (not part of the contract).
    slots: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {
            "id": self.id, "span": [self.start, self.end], "text": self.text,
            "category": self.category,
            "predicate": self.predicate, "object": _jsonable(self.object),
            "verdict": self.verdict, "hedged": self.hedged,
            "confidence": round(float(self.confidence), 3),
            "evidence": [e.to_dict() for e in self.evidence], "explanation": self.explanation,
        }
        if self.subject is not None:
            d["subject"] = self.subject.to_dict()
        return d


@dataclass(slots=True)
class Quote:
    """Words the article puts in someone's mouth, and whether a trusted source bears them out."""
    start: int
    end: int
    text: str
    speaker: Optional[EntityRef] = None
    verdict: QuoteVerdict = "unsourced"
    evidence: list[Evidence] = field(default_factory=list)
    speaker_text: Optional[str] = None
    note: str = ""

    def to_dict(self) -> dict:
        return {
            "span": [self.start, self.end], "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "verdict": self.verdict, "evidence": [e.to_dict() for e in self.evidence],
            **({"explanation": self.note} if self.note else {}),
        }


@dataclass(slots=True)
class Link:
    """A URL, bare domain or call to action, classified."""
    start: int
    end: int
    text: str
    domain: Optional[str]
    verdict: LinkVerdict = "unknown"
    reason: str = ""

    def to_dict(self) -> dict:
        return {"span": [self.start, self.end], "text": self.text, "domain": self.domain,
                "verdict": self.verdict, "reason": self.reason}


@dataclass(slots=True)
class Document:
    """The text every span points into, plus what ingest learned about where it came from."""
    id: str
    text: str
    url: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    format: str = "text"  # text | html | jsonl | warc
    warnings: list[str] = field(default_factory=list)
    # the page's hyperlinks, (href, the words linked), in page order: an HTML page's links are
    # checked where their words are in the text, whatever the words say
    anchors: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "url": self.url, "title": self.title, "text": self.text}


@dataclass(slots=True)
class Report:
    """Everything `check()` found in one document; `to_dict()` is the JSON contract."""
    document: Document
    claims: list[Claim] = field(default_factory=list)
    names: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    kb: str = ""
    sources: str = ""        # which trusted-source store quotes were checked against, and its size

    def summary(self) -> dict:
        verdicts = [c.verdict for c in self.claims]
        return {
            "claims": len(self.claims),
            "supported": verdicts.count("supported"),
            "refuted": verdicts.count("refuted"),
            "not_enough_info": verdicts.count("not_enough_info"),
            "misspelled_names": sum(1 for m in self.names if m.issue == "misspelled"),
            "unsourced_quotes": sum(1 for q in self.quotes if q.verdict == "unsourced"),
            "bad_links": sum(1 for l in self.links if l.verdict in ("spam", "piracy")),
            "kb": self.kb,
            **({"sources": self.sources} if self.sources else {}),
        }

    def bad_quotes(self) -> list:
        """The quotes a trusted source contradicts: altered or misattributed."""
        return [q for q in self.quotes if q.verdict in ("altered", "misattributed")]

    def has_problems(self) -> bool:
        s = self.summary()
        return bool(s["refuted"] or s["misspelled_names"] or s["bad_links"] or self.bad_quotes())

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA_ID,
            "document": self.document.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "names": [m.to_dict() for m in self.names],
            "quotes": [q.to_dict() for q in self.quotes],
            "links": [l.to_dict() for l in self.links],
            "summary": self.summary(),
        }


def _jsonable(v: Any) -> Any:
    if isinstance(v, EntityRef):
        return v.to_dict()
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    return v
