"""The Markdown report: what to paste into a ticket or a chat thread.

Problems come first (refuted claims, misspelled names, altered/misattributed quotes, piracy/spam
links), each with its explanation and source links, then supported claims, then the claims the KB
cannot settle, then quotes and links. Article text is escaped so a `*` or `[` in a claim cannot
turn into formatting or a link in whatever renders the Markdown.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..model import Claim, Evidence, Report
from . import renderer
from .html import http_href

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md_escape(text: str) -> str:
    """Text shown literally by Markdown renderers (one line; backslash-escaped specials)."""
    one_line = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", one_line)


def _clip(text: str, n: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _source(ev: Evidence) -> str:
    href = http_href(ev.source)
    if href:
        return f" ([source](<{href}>))"
    if ev.source:
        return f" ({md_escape(ev.source)})"
    return ""


def _evidence_lines(items: Iterable[Evidence], indent: str = "  ") -> list[str]:
    return [f"{indent}- {md_escape(_clip(e.statement, 300))}{_source(e)}" for e in items]


def _claim_block(c: Claim, label: str) -> list[str]:
    hedge = " _(hedged in the article)_" if c.hedged else ""
    out = [f"- **{label}** “{md_escape(_clip(c.text))}”{hedge}"]
    if c.explanation:
        out.append(f"  - {md_escape(c.explanation)}")
    out += _evidence_lines(c.evidence)
    return out


def _summary_line(report: Report) -> str:
    s = report.summary()
    bad_quotes = len(report.bad_quotes())
    return (f"**{s['claims']} claims:** {s['refuted']} refuted, {s['supported']} supported, "
            f"{s['not_enough_info']} not enough info · {s['misspelled_names']} misspelled "
            f"names · {bad_quotes} altered/misattributed quotes · {s['unsourced_quotes']} "
            f"unsourced quotes · {s['bad_links']} piracy/spam links")


@renderer("md")
def to_markdown(report: Report, *, config: Optional[object] = None, **_) -> str:
    doc = report.document
    title = doc.title or doc.id
    lines = [f"## reelcheck: {md_escape(title)}", ""]
    meta = []
    href = http_href(doc.url)
    if href:
        meta.append(f"<{href}>")
    if doc.date:
        meta.append(f"published {md_escape(doc.date)}")
    meta.append(f"KB: {md_escape(report.kb or 'unnamed')}")
    if report.sources:
        meta.append(f"trusted sources: {md_escape(report.sources)}")
    lines += [" · ".join(meta), "", _summary_line(report), ""]
    for w in doc.warnings:
        lines.append(f"> Warning: {md_escape(w)}")
    if doc.warnings:
        lines.append("")

    refuted = [c for c in report.claims if c.verdict == "refuted"]
    misspelled = [m for m in report.names if m.issue == "misspelled"]
    bad_quotes = report.bad_quotes()
    bad_links = [l for l in report.links if l.verdict in ("piracy", "spam")]
    lines.append("### Problems")
    if not (refuted or misspelled or bad_quotes or bad_links):
        lines.append("None found.")
    for c in refuted:
        lines += _claim_block(c, "REFUTED")
    for m in misspelled:
        fix = m.suggestion or m.entity.label
        lines.append(f"- **MISSPELLED NAME** “{md_escape(m.text)}” → {md_escape(fix)}")
    for q in sorted(bad_quotes, key=lambda q: q.verdict != "misattributed"):
        who = q.speaker.label if q.speaker else (q.speaker_text or "unknown speaker")
        lines.append(f"- **QUOTE {q.verdict.upper()}** “{md_escape(_clip(q.text))}” "
                     f"(attributed to {md_escape(who)})")
        if q.note:
            lines.append(f"  - {md_escape(q.note)}")
        lines += _evidence_lines(q.evidence)
    for l in bad_links:
        reason = f" — {md_escape(l.reason)}" if l.reason else ""
        lines.append(f"- **{l.verdict.upper()} LINK** `{_code(l.text)}`{reason}")
    lines.append("")

    for heading, verdict, label in (("Supported", "supported", "SUPPORTED"),
                                    ("Not enough info", "not_enough_info", "NOT ENOUGH INFO")):
        items = [c for c in report.claims if c.verdict == verdict]
        if items:
            lines.append(f"### {heading} ({len(items)})")
            for c in items:
                lines += _claim_block(c, label)
            lines.append("")

    if report.quotes:
        lines.append(f"### Quotes ({len(report.quotes)})")
        for q in report.quotes:
            who = q.speaker.label if q.speaker else (q.speaker_text or "unknown speaker")
            lines.append(f"- **{q.verdict.upper()}** “{md_escape(_clip(q.text))}” — "
                         f"{md_escape(who)}")
            if q.note:
                lines.append(f"  - {md_escape(q.note)}")
            lines += _evidence_lines(q.evidence)
        lines.append("")
    if report.links:
        lines.append(f"### Links ({len(report.links)})")
        for l in report.links:
            reason = f" — {md_escape(l.reason)}" if l.reason else ""
            lines.append(f"- **{l.verdict.upper()}** `{_code(l.text)}`{reason}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _code(text: str) -> str:
    """Inline-code content: one line, no backticks (they would end the code span)."""
    return " ".join(text.split()).replace("`", "'")
