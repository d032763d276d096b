"""The terminal report: the article's problems first, then what holds, then the rest.

Rendered with rich so colour degrades to plain text when output is not a terminal.
"""
from __future__ import annotations

import io
from typing import Optional

from ..model import Report
from . import renderer

_VERDICT_STYLE = {"refuted": "bold red", "supported": "green", "not_enough_info": "yellow",
                  "misattributed": "bold red", "altered": "red", "verified": "green",
                  "unsourced": "yellow", "piracy": "bold red", "spam": "red", "ok": "green",
                  "unknown": "yellow"}


INDENT = 18          # "  " + a 15-column label + " "
MIN_WIDTH = 40       # narrower terminals get this width (lines then run past their edge)


def plural(n: int, one: str, many: Optional[str] = None) -> str:
    """'1 bad link', '2 bad links', '0 claims' ('many' for irregular plurals)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def wrap(text: str, width: Optional[int]) -> list[str]:
    """`text` on lines of at most `width` columns, broken only at spaces: a word or URL longer
    than a line gets a line of its own, whole (a URL cut in two cannot be clicked or copied).
    `width` None: one line. No line ends with a space."""
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return [text] if text else []
    lines, cur = [], ""
    for word in text.split(" "):
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


@renderer("text")
def to_text(report: Report, color: bool | None = None, width: Optional[int] = None,
            **_) -> str:
    """The report as terminal text. `width`: the terminal's columns (lines are wrapped at word
    boundaries to fit); None for a file or a pipe: no wrapping, one line per item."""
    from rich.console import Console
    from rich.markup import escape

    if width is not None:
        width = max(MIN_WIDTH, int(width))
    buf = io.StringIO()
    con = Console(file=buf, force_terminal=bool(color), no_color=not color,
                  width=width or 10_000, highlight=False, soft_wrap=True)

    def para(text: str, style: str = "", first: str = "", rest: str = "") -> None:
        """`text` wrapped to the width; `first` (markup) starts the first line, `rest`
        (spaces) the others."""
        avail = None if width is None else max(1, width - len(_plain(first)))
        for i, chunk in enumerate(wrap(text, avail) or [""]):
            body = f"[{style}]{escape(chunk)}[/{style}]" if style and chunk else escape(chunk)
            con.print((first if i == 0 else rest) + body)

    s = report.summary()
    doc = report.document
    title = doc.title or doc.id
    para(title, first="[bold]reelcheck[/bold] — ", rest="  ")
    para(f"KB: {s['kb']}")
    if report.sources:
        para(f"Trusted sources: {report.sources}")
    for w in doc.warnings:
        para(w, first="[yellow]warning:[/yellow] ", rest=" " * 9)
    counts = [f"[red]{s['refuted']} refuted[/red]", f"[green]{s['supported']} supported[/green]",
              f"[yellow]{s['not_enough_info']} not enough info[/yellow]"]
    tally = [plural(s["misspelled_names"], "misspelled name"),
             plural(len(report.bad_quotes()), "altered or misattributed quote"),
             plural(s["unsourced_quotes"], "unsourced quote"),
             plural(s["bad_links"], "bad link")]
    head = f"{plural(s['claims'], 'claim')}: " + ", ".join(counts) + "; " + "; ".join(tally)
    if width is None or len(_plain(head)) <= width:
        con.print(head)
    else:  # whole parts per line rather than a colour tag cut in two
        con.print(f"{plural(s['claims'], 'claim')}: " + ", ".join(counts))
        row: list[str] = []
        for part in tally:
            if row and len("; ".join(row + [part])) > width:
                con.print("; ".join(row) + ";")
                row = []
            row.append(part)
        con.print("; ".join(row))

    def line(label: str, verdict: str, text: str, detail: str = "") -> None:
        style = _VERDICT_STYLE.get(verdict, "")
        tag = f"  [{style}]{label:<15}[/{style}] " if style else f"  {label:<15} "
        para(_clip(text), first=tag, rest=" " * INDENT)
        if detail:
            para(detail, style="dim", first=" " * INDENT, rest=" " * INDENT)

    problems = ([c for c in report.claims if c.verdict == "refuted"],
                [m for m in report.names if m.issue == "misspelled"],
                report.bad_quotes(),
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
    return "\n".join(x.rstrip() for x in buf.getvalue().split("\n"))


def _plain(markup: str) -> str:
    from rich.text import Text
    return Text.from_markup(markup).plain


def _quote_detail(q) -> str:
    """Who the article credits, then the verdict's explanation (the source's wording with the
    differences in ⟦ ⟧, whom it credits, its URL)."""
    who = q.speaker.label if q.speaker else (q.speaker_text or "unknown speaker")
    return f"attributed to {who}" + (f". {q.note}" if q.note else "")


def _claim_detail(c) -> str:
    src = next((e.source for e in c.evidence if e.source), None)
    return c.explanation + (f"  [{src}]" if src else "")


def _clip(s: str, n: int = 160) -> str:
    """At most about `n` characters, cut between words: a URL is kept whole or left out."""
    s = " ".join(s.split())
    if len(s) <= n:
        return s
    cut = s.rfind(" ", 0, n)
    if cut <= 0:
        return s.split(" ", 1)[0] + (" …" if " " in s else "")
    return s[:cut] + " …"
