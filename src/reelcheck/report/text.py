"""The terminal report: the article's problems first, then what holds, then the rest.

Rendered with rich so colour degrades to plain text when output is not a terminal.
"""
from __future__ import annotations

import io

from ..model import Report
from . import renderer

_VERDICT_STYLE = {"refuted": "bold red", "supported": "green", "not_enough_info": "yellow",
                  "misattributed": "bold red", "altered": "red", "verified": "green",
                  "unsourced": "yellow", "piracy": "bold red", "spam": "red", "ok": "green",
                  "unknown": "yellow"}


@renderer("text")
def to_text(report: Report, color: bool | None = None, width: int = 100, **_) -> str:
    from rich.console import Console
    from rich.markup import escape

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=bool(color), no_color=not color, width=width,
                  highlight=False, soft_wrap=False)
    s = report.summary()
    doc = report.document
    title = doc.title or doc.id
    con.print(f"[bold]reelcheck[/bold] — {escape(title)}")
    con.print(f"KB: {escape(s['kb'])}")
    if report.sources:
        con.print(f"Trusted sources: {escape(report.sources)}")
    for w in doc.warnings:
        con.print(f"[yellow]warning:[/yellow] {escape(w)}")
    con.print(
        f"{s['claims']} claims: [red]{s['refuted']} refuted[/red], "
        f"[green]{s['supported']} supported[/green], "
        f"[yellow]{s['not_enough_info']} not enough info[/yellow]; "
        f"{s['misspelled_names']} misspelled names; {s['unsourced_quotes']} unsourced quotes; "
        f"{s['bad_links']} bad links")

    def line(label: str, verdict: str, text: str, detail: str = "") -> None:
        style = _VERDICT_STYLE.get(verdict, "")
        con.print(f"  [{style}]{label:<15}[/{style}] {escape(_clip(text))}")
        if detail:
            con.print(f"  {'':<15} [dim]{escape(detail)}[/dim]")

    problems = ([c for c in report.claims if c.verdict == "refuted"],
                [m for m in report.names if m.issue == "misspelled"],
                [q for q in report.quotes if q.verdict in ("altered", "misattributed")],
                [l for l in report.links if l.verdict in ("piracy", "spam")])
    if any(problems):
        con.print("\n[bold red]Problems[/bold red]")
    for c in problems[0]:
        line("REFUTED", "refuted", c.text, _claim_detail(c))
    for m in problems[1]:
        line("MISSPELLED", "refuted", m.text, f"-> {m.suggestion}")
    for q in problems[2]:
        line(q.verdict.upper(), q.verdict, f"“{q.text}”", _quote_detail(q))
    for l in problems[3]:
        line(l.verdict.upper(), l.verdict, l.text, l.reason)

    ok = [c for c in report.claims if c.verdict == "supported"]
    if ok:
        con.print("\n[bold green]Supported[/bold green]")
        for c in ok:
            line("SUPPORTED", "supported", c.text, _claim_detail(c))
    nei = [c for c in report.claims if c.verdict == "not_enough_info"]
    if nei:
        con.print("\n[bold yellow]Not enough info[/bold yellow]")
        for c in nei:
            line("HEDGED" if c.hedged else "NEI", "not_enough_info", c.text, c.explanation)
    unsourced = [q for q in report.quotes if q.verdict in ("unsourced", "verified")]
    if unsourced:
        con.print("\n[bold]Quotes[/bold]")
        for q in unsourced:
            line(q.verdict.upper(), q.verdict, f"“{q.text}”", _quote_detail(q))
    other_links = [l for l in report.links if l.verdict in ("ok", "unknown")]
    if other_links:
        con.print("\n[bold]Links[/bold]")
        for l in other_links:
            line(l.verdict.upper(), l.verdict, l.text, l.reason)
    return buf.getvalue()


def _quote_detail(q) -> str:
    """Who the article credits, then the verdict's explanation (the source's wording with the
    differences in ⟦ ⟧, whom it credits, its URL)."""
    who = q.speaker.label if q.speaker else (q.speaker_text or "unknown speaker")
    return f"attributed to {who}" + (f". {q.note}" if q.note else "")


def _claim_detail(c) -> str:
    src = next((e.source for e in c.evidence if e.source), None)
    return c.explanation + (f"  [{src}]" if src else "")


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
