"""`--summary-html`: one self-contained page of charts over a batch run.

Charts are inline SVG drawn here in Python (no script, nothing fetched), so the page renders
offline and in mail clients. Every bar is a link to the table row behind it on the same page.
All text from documents (ids, titles, names, messages) is escaped.
"""
from __future__ import annotations

from html import escape
from importlib import resources
from string import Template
from typing import Optional, Sequence

from .stats import Summary

VERDICT_COLORS = {"supported": "#2e7d32", "refuted": "#c62828", "not_enough_info": "#8d8d8d"}
DEFAULT_COLOR = "#3f6fb5"


def _template() -> Template:
    text = resources.files(__package__).joinpath("summary_template.html").read_text("utf-8")
    return Template(text)


def bar_chart(rows: Sequence[tuple[str, float, str, Optional[str]]], *, width: int = 460,
              bar_h: int = 20, label_w: int = 190) -> str:
    """Horizontal bars as SVG. rows: (label, value, href, colour or None)."""
    if not rows:
        return '<p class="empty">nothing to show</p>'
    vmax = max(v for _, v, _, _ in rows) or 1
    plot_w = width - label_w - 50
    gap = 6
    h = len(rows) * (bar_h + gap) + gap
    out = [f'<svg width="{width}" height="{h}" '
           f'viewBox="0 0 {width} {h}" role="img">']
    for i, (label, value, href, color) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1.0, plot_w * (value / vmax)) if value else 0
        short = label if len(label) <= 23 else label[:22] + "\u2026"
        out.append(
            f'<a href="{escape(href, quote=True)}"><title>{escape(label)}: {value:g}</title>'
            f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">'
            f'{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2" '
            f'fill="{color or DEFAULT_COLOR}"/>'
            f'<text x="{label_w + w + 5:.1f}" y="{y + bar_h * 0.7:.1f}">{value:g}</text></a>')
    out.append("</svg>")
    return "".join(out)


def _figure(title: str, svg: str) -> str:
    return f"<figure><figcaption>{escape(title)}</figcaption>{svg}</figure>"


def _ids(ids: Sequence[str], total: Optional[int] = None, show: int = 20) -> str:
    total = total if total is not None else len(ids)
    ids = list(ids)[:show]
    shown = ", ".join(escape(str(i)) for i in ids)
    more = f' <span class="note">\u2026 and {total - len(ids)} more</span>' \
        if total > len(ids) else ""
    return f'<td class="ids">{shown}{more}</td>'


def render_summary(s: Summary, out: str = "", title: str = "reelcheck batch summary") -> str:
    charts, tables = [], []

    # claims by verdict -> the by-category table (and refuted -> most refuted documents)
    verdict_rows = [(v, s.claims.get(v, 0),
                     "#most-refuted" if v == "refuted" else "#claims-by-category",
                     VERDICT_COLORS[v]) for v in ("supported", "refuted", "not_enough_info")]
    charts.append(_figure("Claims by verdict", bar_chart(verdict_rows)
                          if sum(s.claims.values()) else bar_chart([])))

    cats = sorted(s.by_category.items(), key=lambda kv: -sum(kv[1].values()))
    charts.append(_figure("Claims by category", bar_chart(
        [(c, sum(v.values()), f"#cat-{i}", None) for i, (c, v) in enumerate(cats)])))
    rows = "".join(
        f'<tr id="cat-{i}"><td>{escape(c)}</td>'
        + "".join(f"<td>{v.get(k, 0)}</td>" for k in VERDICT_COLORS)
        + _ids(s.category_docs.get(c, [])) + "</tr>" for i, (c, v) in enumerate(cats))
    tables.append(_section("claims-by-category", "Claims by category",
                           "<tr><th>category</th><th>supported</th><th>refuted</th>"
                           "<th>not enough info</th><th>documents (first ones)</th></tr>", rows))

    ranking = s.refuted_ranking()
    charts.append(_figure("Documents with the most refuted claims", bar_chart(
        [(t or i, n, f"#doc-{k}", VERDICT_COLORS["refuted"])
         for k, (i, t, n) in enumerate(ranking[:15])])))
    rows = "".join(f'<tr id="doc-{k}"><td class="ids">{escape(str(i))}</td>'
                   f"<td>{escape(t)}</td><td>{n}</td></tr>" for k, (i, t, n) in enumerate(ranking))
    tables.append(_section("most-refuted", f"Documents with refuted claims "
                           f"({s.docs_with_refuted}; top {len(ranking)} shown)",
                           "<tr><th>document</th><th>title</th><th>refuted claims</th></tr>",
                           rows))

    names = s.misspelled.most_common(50)
    charts.append(_figure("Most frequent misspelled names", bar_chart(
        [(k, n, f"#name-{i}", None) for i, (k, n) in enumerate(names[:15])])))
    rows = "".join(f'<tr id="name-{i}"><td>{escape(k)}</td><td>{n}</td>'
                   + _ids(s.misspelled_docs.get(k, []), n) + "</tr>"
                   for i, (k, n) in enumerate(names))
    tables.append(_section("misspelled-names", "Misspelled names (as written \u2192 KB name)",
                           "<tr><th>name</th><th>times</th><th>documents</th></tr>", rows))

    sites = s.bad_sites.most_common(50)
    charts.append(_figure("Sites with piracy or spam links", bar_chart(
        [(k, n, f"#site-{i}", "#6a1b9a") for i, (k, n) in enumerate(sites[:15])])))
    rows = "".join(
        f'<tr id="site-{i}"><td>{escape(k)}</td><td>{n}</td><td class="ids">'
        + "<br>".join(f"{escape(str(d))} \u2014 {escape(links)}"
                      for d, links in s.bad_site_rows.get(k, [])) + "</td></tr>"
        for i, (k, n) in enumerate(sites))
    tables.append(_section("bad-sites", "Sites (domains of document URLs) with piracy or spam "
                           "links", "<tr><th>site</th><th>bad links</th><th>documents</th></tr>",
                           rows))

    errs = s.errors.most_common()
    charts.append(_figure("Errors by kind", bar_chart(
        [(k, n, f"#err-{i}", "#ef6c00") for i, (k, n) in enumerate(errs)])))
    rows = "".join(
        f'<tr id="err-{i}"><td>{escape(k)}</td><td>{n}</td><td class="ids">'
        + "<br>".join(f"{escape(str(d))}: {escape(m)}" for d, m in s.error_rows.get(k, []))
        + (f'<br><span class="note">\u2026 and {n - len(s.error_rows.get(k, []))} more</span>'
           if n > len(s.error_rows.get(k, [])) else "") + "</td></tr>"
        for i, (k, n) in enumerate(errs))
    tables.append(_section("errors", "Documents that could not be checked",
                           "<tr><th>kind</th><th>documents</th><th>rows</th></tr>", rows))

    totals = [("documents", s.documents), ("errors", sum(s.errors.values())),
              ("claims", sum(s.claims.values())), ("refuted claims", s.claims.get("refuted", 0)),
              ("docs with refuted", s.docs_with_refuted), ("docs with piracy", s.docs_with_piracy),
              ("docs/s", f"{s.rate:.1f}")]
    body = ('<div class="totals">' + "".join(
        f"<div><b>{escape(str(v))}</b>{escape(k)}</div>" for k, v in totals) + "</div>"
        + '<div class="charts">' + "".join(charts) + "</div>" + "".join(tables))
    if s.skipped:
        body += ('<section><h2>Skipped input</h2><p>' + escape(
            ", ".join(f"{n} {k}" for k, n in s.skipped.items())) + "</p></section>")
    subtitle = (f"{s.documents} documents from {out or 'batch'} \u2014 engine {s.engine}, "
                f"{s.workers} workers, {s.elapsed:.1f} s")
    return _template().substitute(title=escape(title), subtitle=escape(subtitle), body=body)


def _section(anchor: str, title: str, head: str, rows: str) -> str:
    if not rows:
        rows = '<tr><td colspan="5" class="empty">none</td></tr>'
    return (f'<section id="{anchor}"><h2>{escape(title)}</h2>'
            f"<table>{head}{rows}</table></section>")
