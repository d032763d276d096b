"""HTML -> main text + metadata. trafilatura first; selectolax's plain text when it finds nothing."""
from __future__ import annotations

import re
from typing import Optional


MAX_TAGS = 50_000  # more tags than any article page: parse with a linear tag stripper instead


_RAW_OR_COMMENT = re.compile(r"<(?:(script|style|noscript|title|textarea)\b|!--)", re.I)
_BLOCK_END = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[/!?a-zA-Z][^<>]*>")  # "1 < 2 and 3 > 2" is text, as in a browser


def _strip_tags(html: str) -> tuple[str, dict]:
    """Linear-time fallback for pathological markup (100k nested divs): text between tags.

    One left-to-right pass: every search starts where the last one ended and no pattern can
    run past the next `<`, so unclosed `<script>` tags or a sea of stray `<` cost O(n), not
    O(n^2). An unclosed script, style or comment runs to the end of the page, as in a browser.
    """
    import html as htmllib
    meta: dict = {}
    kept: list[str] = []
    pos = 0
    n = len(html)
    while pos < n:
        m = _RAW_OR_COMMENT.search(html, pos)
        if m is None:
            kept.append(html[pos:])
            break
        kept.append(html[pos:m.start()])
        name = m.group(1)
        if name is None:  # <!-- ... -->
            end = html.find("-->", m.end())
            pos = n if end < 0 else end + 3
            continue
        close = re.compile(rf"</{name}\s*>", re.I).search(html, m.end())
        if close is None:
            break
        if name.lower() == "title":
            gt = html.find(">", m.end(), close.start())
            if gt >= 0 and "title" not in meta:
                meta["title"] = " ".join(htmllib.unescape(html[gt + 1:close.start()]).split())
        kept.append(" ")
        pos = close.end()
    body = _BLOCK_END.sub("\n", "".join(kept))
    body = _TAG.sub(" ", body)
    body = htmllib.unescape(body)
    lines = [" ".join(line.split()) for line in body.splitlines()]
    if not meta.get("title"):
        meta.pop("title", None)
    return "\n".join(x for x in lines if x), meta


def html_to_text(html: str, url: Optional[str] = None) -> tuple[str, dict]:
    if html.count("<") > MAX_TAGS:
        return _strip_tags(html)
    meta: dict = {}
    text = ""
    try:
        import trafilatura
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
        if doc is not None:
            d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text = d.get("text") or ""
            for k in ("title", "url", "date"):
                if d.get(k):
                    meta[k] = d[k]
            # trafilatura may fall back to a guessed date; keep only a date the page states
            if meta.get("date") and str(meta["date"]) not in html:
                y, _, _ = str(meta["date"]).partition("-")
                if not (y and re.search(rf"\b{re.escape(y)}\b", html) and
                        re.search(r"datePublished|article:published_time|pubdate|<time", html, re.I)):
                    meta.pop("date")
    except Exception:  # trafilatura raises on some pathological markup; fall back below
        text = ""
    if not text.strip():
        from selectolax.lexbor import LexborHTMLParser
        tree = LexborHTMLParser(html)
        for sel in ("script", "style", "noscript"):
            for node in tree.css(sel):
                node.decompose()
        t = tree.css_first("title")
        if t is not None and t.text(strip=True):
            meta.setdefault("title", t.text(strip=True))
        body = tree.body or tree.root
        text = body.text(separator="\n", strip=True) if body is not None else ""
    return text, meta


MAX_ANCHORS = 2_000   # more links than any article page holds


def page_anchors(html: str) -> list[tuple[str, str]]:
    """(href, the words linked) of the page's links to other sites (http, https or
    protocol-relative) and its BitTorrent magnet links, in page order; none for pathological
    markup (see MAX_TAGS)."""
    if html.count("<") > MAX_TAGS:
        return []
    from selectolax.lexbor import LexborHTMLParser
    out = []
    for node in LexborHTMLParser(html).css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href.lower().startswith(("http://", "https://", "//", "magnet:")):
            continue   # a page of the same site, a mail address, a script
        words = " ".join(node.text(separator=" ").split())
        out.append(("https:" + href if href.startswith("//") else href, words))
        if len(out) >= MAX_ANCHORS:
            break
    return out
