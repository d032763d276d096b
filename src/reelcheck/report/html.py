"""The HTML report: the article itself, every finding highlighted in place, one self-contained file.

A copy editor should see what is wrong without reading a list: each claim, name, quote and link
is marked in the text with a colour *and* a text badge, and opens its verdict, explanation and
evidence on click, hover or keyboard focus. Findings may overlap (a name inside a claim), so the
text is cut at every span boundary and the pieces are nested as `<mark>`s; a span that crosses
another's end is split into fragments rather than producing broken markup.

All text reaches the page through Jinja2 autoescaping; the only raw markup is our own CSS/JS, and
a Content-Security-Policy with the script's hash keeps anything else from running or fetching.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Optional
from urllib.parse import quote

from ..model import Report
from . import renderer

# Tones drive colour; the badge text carries the same meaning for readers who cannot see colour.
BAD, WARN, GOOD, INFO = "bad", "warn", "good", "info"

_CLAIM = {"refuted": (BAD, "REFUTED", "Refuted claim"),
          "supported": (GOOD, "SUPPORTED", "Supported claim"),
          "not_enough_info": (WARN, "NOT ENOUGH INFO", "Claim the KB cannot settle")}
_QUOTE = {"misattributed": (BAD, "MISATTRIBUTED", "Misattributed quote"),
          "altered": (BAD, "QUOTE ALTERED", "Altered quote"),
          "unsourced": (WARN, "UNSOURCED QUOTE", "Quote not found in trusted sources"),
          "verified": (GOOD, "QUOTE VERIFIED", "Verified quote")}
_LINK = {"piracy": (BAD, "PIRACY LINK", "Link to a piracy site"),
         "spam": (BAD, "SPAM LINK", "Link to a spam site"),
         "unknown": (INFO, "LINK ?", "Link not on any list"),
         "ok": (GOOD, "LINK OK", "Link to a known site")}

# Outer-before-inner when two findings cover exactly the same text.
_KIND_RANK = {"claim": 0, "quote": 1, "link": 2, "name": 3}


@dataclass
class EvidenceView:
    statement: str
    source: Optional[str]
    href: Optional[str]          # only for http(s) sources


@dataclass
class Finding:
    """One highlightable thing in the article, already in words for the page."""
    key: str                     # unique within the page: claim-0, name-3 ...
    kind: str                    # claim | name | quote | link
    start: int
    end: int
    verdict: str
    tone: str
    badge: str
    title: str
    text: str
    explanation: str = ""
    details: list[tuple[str, str]] = field(default_factory=list)
    entity_label: Optional[str] = None
    entity_href: Optional[str] = None
    evidence: list[EvidenceView] = field(default_factory=list)
    located: bool = False        # span lies inside the text and is highlighted
    rank: int = 99               # problem order in the summary; 99 = not a problem

    @property
    def is_problem(self) -> bool:
        return self.rank < 99


@dataclass
class Event:
    kind: str                    # text | open | close | badge
    text: str = ""
    finding: Optional[Finding] = None
    first: bool = False


def http_href(url: Optional[str]) -> Optional[str]:
    """The URL if it is safe to make clickable (http/https only), else None."""
    if not url or not isinstance(url, str):
        return None
    u = url.strip()
    low = u.lower()
    if (low.startswith("http://") or low.startswith("https://")) and not any(
            c in u for c in "\x00\r\n\t <>\"'`"):
        return u
    return None


def _evidence(items) -> list[EvidenceView]:
    return [EvidenceView(e.statement, e.source, http_href(e.source)) for e in items]


def _entity_href(entity_base: Optional[str], eid: Optional[str]) -> Optional[str]:
    if not entity_base or not eid:
        return None
    return entity_base + quote(eid, safe="")


def collect_findings(report: Report, entity_base: Optional[str] = None) -> list[Finding]:
    """Every claim, name, quote and link as a `Finding`, in the report's own order."""
    out: list[Finding] = []
    text = report.document.text
    for i, c in enumerate(report.claims):
        tone, badge, title = _CLAIM.get(c.verdict, (INFO, c.verdict.upper(), "Claim"))
        if c.hedged:
            badge += " · HEDGED"
        details = [("Category", c.category)]
        if c.hedged:
            details.append(("Hedged", "the article presents this as rumour or speculation"))
        if c.id:
            details.append(("Claim id", c.id))
        out.append(Finding(
            f"claim-{i}", "claim", c.start, c.end, c.verdict, tone, badge, title, c.text,
            c.explanation, details,
            entity_label=c.subject.label if c.subject else None,
            entity_href=_entity_href(entity_base, c.subject.id if c.subject else None),
            evidence=_evidence(c.evidence), rank=0 if c.verdict == "refuted" else 99))
    for i, m in enumerate(report.names):
        if m.issue == "misspelled":
            tone, badge, title = BAD, f"MISSPELLED → {m.suggestion or m.entity.label}", \
                "Misspelled name"
            expl = f"“{m.text}” looks like a misspelling of {m.suggestion or m.entity.label}."
            rank = 1
        elif m.issue == "ambiguous":
            tone, badge, title = WARN, "AMBIGUOUS NAME", "Ambiguous name"
            expl = f"“{m.text}” could refer to more than one entity; linked to {m.entity.label}."
            rank = 99
        else:
            tone, badge, title = INFO, "NAME ✓", "Name found in the KB"
            expl = f"Linked to {m.entity.label}."
            rank = 99
        details = [("Linked to", m.entity.label)]
        if m.entity_type:
            details.append(("Type", m.entity_type))
        if m.suggestion and m.issue != "none":
            details.append(("Suggested spelling", m.suggestion))
        out.append(Finding(
            f"name-{i}", "name", m.start, m.end, m.issue, tone, badge, title, m.text, expl,
            details, entity_label=m.entity.label,
            entity_href=_entity_href(entity_base, m.entity.id), rank=rank))
    for i, q in enumerate(report.quotes):
        tone, badge, title = _QUOTE.get(q.verdict, (INFO, q.verdict.upper(), "Quote"))
        who = q.speaker.label if q.speaker else (q.speaker_text or "unknown speaker")
        expl = q.note or {
            "verified": f"Matches a trusted source for {who}.",
            "altered": f"A trusted source has different wording for {who}.",
            "misattributed": f"A trusted source gives these words to someone other than {who}.",
            "unsourced": "None of the trusted sources contains these words.",
        }.get(q.verdict, "")
        out.append(Finding(
            f"quote-{i}", "quote", q.start, q.end, q.verdict, tone, badge, title, q.text, expl,
            [("Attributed to", who)],
            entity_label=q.speaker.label if q.speaker else None,
            entity_href=_entity_href(entity_base, q.speaker.id if q.speaker else None),
            evidence=_evidence(q.evidence),
            rank={"misattributed": 2, "altered": 3}.get(q.verdict, 99)))
    for i, l in enumerate(report.links):
        tone, badge, title = _LINK.get(l.verdict, (INFO, l.verdict.upper(), "Link"))
        details = [("Domain", l.domain)] if l.domain else []
        out.append(Finding(
            f"link-{i}", "link", l.start, l.end, l.verdict, tone, badge, title, l.text,
            l.reason, details, rank={"piracy": 4, "spam": 5}.get(l.verdict, 99)))
    for f in out:
        f.located = 0 <= f.start < f.end <= len(text)
    return out


def segment_events(text: str, findings: Iterable[Finding]) -> list[Event]:
    """The article as a flat stream of text / open-mark / close-mark / badge events.

    The text is cut at every span boundary. For each piece the findings covering it are ordered
    outer-first (earlier start, then later end); the open marks are kept as a stack and only the
    part that differs from the previous piece is closed and reopened, so properly nested spans
    give properly nested marks and crossing spans are split into fragments. A finding's badge
    follows its last fragment.
    """
    spans = [f for f in findings if f.located]
    order = {id(f): n for n, f in enumerate(
        sorted(spans, key=lambda f: (f.start, -f.end, _KIND_RANK.get(f.kind, 9))))}
    bounds = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    events: list[Event] = []
    stack: list[Finding] = []
    opened: set[int] = set()

    def close_from(k: int, at: int) -> None:
        while len(stack) > k:
            f = stack.pop()
            events.append(Event("close", finding=f))
            if f.end <= at:
                events.append(Event("badge", finding=f))

    for a, b in zip(bounds, bounds[1:]):
        cover = sorted((f for f in spans if f.start <= a and f.end >= b), key=lambda f: order[id(f)])
        k = 0
        while k < len(stack) and k < len(cover) and stack[k] is cover[k]:
            k += 1
        close_from(k, a)
        for f in cover[k:]:
            events.append(Event("open", finding=f, first=id(f) not in opened))
            opened.add(id(f))
            stack.append(f)
        events.append(Event("text", text=text[a:b]))
    close_from(0, len(text))
    return events


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(src: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(src.encode("utf-8")).digest()).decode()


@lru_cache(maxsize=None)
def environment():
    """The Jinja2 environment for report templates (autoescape on for every template)."""
    import jinja2
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reelcheck.report", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)


def report_context(report: Report, *, config: Any = None, entity_base: Optional[str] = None,
                   nav: Optional[list[tuple[str, str]]] = None) -> dict:
    """Everything the report templates need; the web app reuses it for its report page."""
    from markupsafe import Markup

    from .. import __version__

    findings = collect_findings(report, entity_base=entity_base)
    problems = sorted((f for f in findings if f.is_problem), key=lambda f: (f.rank, f.start))
    claims = [f for f in findings if f.kind == "claim"]
    s = report.summary()
    quote_problems = len(report.bad_quotes())
    counts = [
        ("claims checked", s["claims"], INFO),
        ("refuted", s["refuted"], BAD if s["refuted"] else INFO),
        ("supported", s["supported"], GOOD if s["supported"] else INFO),
        ("not enough info", s["not_enough_info"], WARN if s["not_enough_info"] else INFO),
        ("misspelled names", s["misspelled_names"], BAD if s["misspelled_names"] else INFO),
        ("altered / misattributed quotes", quote_problems, BAD if quote_problems else INFO),
        ("unsourced quotes", s["unsourced_quotes"], WARN if s["unsourced_quotes"] else INFO),
        ("piracy / spam links", s["bad_links"], BAD if s["bad_links"] else INFO),
    ]
    groups = [
        ("problems", "Problems", problems),
        ("supported", "Supported claims", [f for f in claims if f.verdict == "supported"]),
        ("nei", "Not enough information", [f for f in claims if f.verdict == "not_enough_info"]),
        ("quotes", "Quotes", [f for f in findings if f.kind == "quote" and not f.is_problem]),
        ("links", "Links", [f for f in findings if f.kind == "link" and not f.is_problem]),
        ("names", "Names found in the KB",
         [f for f in findings if f.kind == "name" and not f.is_problem]),
    ]
    doc = report.document
    js = _asset("report.js")
    css = _asset("report.css")
    return {
        "doc": doc, "title": doc.title or doc.id, "doc_href": http_href(doc.url),
        "kb": s.get("kb") or report.kb, "sources": report.sources, "version": __version__,
        "reviewer": getattr(config, "reviewer_name", None) or "reelcheck",
        "counts": counts, "problems": problems, "groups": [g for g in groups if g[2]],
        "unlocated": [f for f in findings if not f.located],
        "events": segment_events(doc.text, findings), "nav": nav or [],
        "has_claims": bool(report.claims), "css": Markup(css), "js": Markup(js),
        "csp": (f"default-src 'none'; style-src '{_csp_hash(css)}'; "
                f"script-src '{_csp_hash(js)}'; img-src data:; base-uri 'none'; "
                "form-action 'none'"),
    }


@renderer("html")
def to_html(report: Report, *, config: Any = None, entity_base: Optional[str] = None,
            nav: Optional[list[tuple[str, str]]] = None, **_) -> str:
    """One self-contained HTML page (inline CSS/JS, nothing fetched) for `report`."""
    ctx = report_context(report, config=config, entity_base=entity_base, nav=nav)
    return environment().get_template("report.html").render(**ctx)
