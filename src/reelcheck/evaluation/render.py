"""The evaluation result as rich tables: headline metrics, per-category claims, worst misses.

Kept apart from the scorer so the numbers (JSON) and their presentation evolve separately.
"""
from __future__ import annotations

import io
from typing import Optional


def _pct(x: Optional[float]) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _pr(d: dict) -> str:
    return f"P {_pct(d['precision'])} ({d['tp']}/{d['tp'] + d['fp']})  " \
           f"R {_pct(d['recall'])} ({_found(d)}/{_found(d) + d['fn']})"


def _found(d: dict) -> int:
    return d["found"]


def _acc(d: dict) -> str:
    return f"{_pct(d['accuracy'])} ({d['correct']}/{d['total']})"


def render_table(res: dict, *, color: bool = False, width: int = 132, misses: int = 25) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buf = io.StringIO()
    con = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                  highlight=False)
    c = res["claims"]
    head = Table(title=f"reelcheck eval — {res['articles']} articles, {res['labels']} labels, "
                       f"{res['predicted_claims']} predicted claims", title_justify="left")
    head.add_column("metric")
    head.add_column("value")
    head.add_row("refuted", _pr(c["overall"]["refuted"]))
    head.add_row("supported", _pr(c["overall"]["supported"]))
    fr = c["false_refutes"]
    head.add_row("false refutes", f"[{'bold red' if fr else 'green'}]{fr}[/] "
                 f"({c['false_refutes_unlabeled']} on unlabeled text)")
    head.add_row("claims detected", _acc(c["detected"]))
    head.add_row("verdict accuracy (3-way)", _acc(c["verdict_accuracy"]))
    head.add_row("hedged accuracy", _acc(c["hedged_accuracy"]))
    head.add_row("uncertain claim labels (excluded)", str(c["uncertain_labels_excluded"]))
    head.add_row("misspelled names", _pr(res["names"]["misspelled"]))
    head.add_row("name suggestions correct", _acc(res["names"]["suggestions"]))
    head.add_row("quote verdict accuracy", _acc(res["quotes"]))
    head.add_row("link verdict accuracy", _acc(res["links"]))
    lacks = res["kb_lacks_film"]
    if lacks["articles"]:
        bad = [a for a in lacks["articles"] if not a["ok"]]
        head.add_row("zero refutes where KB lacks the film",
                     ("[green]ok[/]" if lacks["ok"] else "[bold red]FAIL[/] ")
                     + f" ({len(lacks['articles']) - len(bad)}/{len(lacks['articles'])} articles)"
                     + ("" if not bad else ": " + ", ".join(
                         f"{a['article']} ({a['refuted']})" for a in bad)))
    head.add_row("engine time", f"{res['seconds']:.2f} s")
    if res.get("kb"):
        head.add_row("KB", escape(res["kb"]))
    con.print(head)

    cats = Table(title="claims by category (certain labels)", title_justify="left")
    for col in ("category", "refuted P", "refuted R", "supported P", "supported R"):
        cats.add_column(col)
    for cat, d in c["by_category"].items():
        r, s = d["refuted"], d["supported"]
        cats.add_row(cat, f"{_pct(r['precision'])} ({r['tp']}/{r['tp'] + r['fp']})",
                     f"{_pct(r['recall'])} ({_found(r)}/{_found(r) + r['fn']})",
                     f"{_pct(s['precision'])} ({s['tp']}/{s['tp'] + s['fp']})",
                     f"{_pct(s['recall'])} ({_found(s)}/{_found(s) + s['fn']})")
    con.print(cats)

    if res.get("per_article"):
        art = Table(title="per article", title_justify="left")
        art.add_column("article", no_wrap=True, overflow="ellipsis", max_width=50)
        for col in ("labels", "claims", "refuted", "false ref.", "detected", "verdict acc."):
            art.add_column(col, no_wrap=True)
        for a in res["per_article"]:
            name = escape(a["article"]) + ("" if a["kb_has_film"] else " [dim](no KB film)[/]")
            if a["error"]:
                art.add_row(name, str(a["labels"]), "[red]error[/]", escape(a["error"]), "", "",
                            "")
                continue
            art.add_row(name, str(a["labels"]),
                        str(a["predicted_claims"]), str(a["predicted_refuted"]),
                        str(a["false_refutes"]), _acc(a["detected"]),
                        _acc(a["verdict_accuracy"]))
        con.print(art)

    if res["misses"]:
        counts = ", ".join(f"{k} {v}" for k, v in res["miss_counts"].items())
        mt = Table(title=f"worst misses (first {min(misses, len(res['misses']))}; all: {counts})",
                   title_justify="left")
        mt.add_column("kind", no_wrap=True)
        mt.add_column("article", no_wrap=True, overflow="ellipsis", max_width=24)
        mt.add_column("text", overflow="fold", min_width=44)
        mt.add_column("expected", no_wrap=True)
        mt.add_column("got", no_wrap=True)
        for m in res["misses"][:misses]:
            mt.add_row(m["kind"] + ("" if m["certain"] else " (uncertain)"),
                       escape(m["article"]), escape(_clip(m["text"])),
                       str(m["expected"]), str(m["predicted"]))
        con.print(mt)
        why = [m for m in res["misses"][:misses]
               if m["kind"] in ("false_refute", "false_support") and m["detail"]]
        if why:
            con.print("[bold]why the engine refuted or supported[/bold]")
            for m in why:
                con.print(f"  - {escape(m['article'])}: {escape(_clip(m['text'], 60))} -> "
                          f"[dim]{escape(m['detail'])}[/dim]")
    for e in res.get("errors", []):
        con.print(f"[red]error:[/] {escape(e['article'])}: {escape(e['error'])}")
    for p in res.get("label_problems", []):
        con.print(f"[yellow]label problem:[/] {escape(p)}")
    return buf.getvalue()


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
