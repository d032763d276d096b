"""HTML -> main text + metadata. trafilatura first; selectolax's plain text when it finds nothing."""
from __future__ import annotations

import re
from typing import Optional


MAX_TAGS = 50_000  # more tags than any article page: parse with a linear tag stripper instead


def _strip_tags(html: str) -> tuple[str, dict]:
    """Linear-time fallback for pathological markup (100k nested divs): text between tags."""
    import html as htmllib
    import re
    meta: dict = {}
    t = re.search(r"<title[^>]*>(.*?)</title>", html[:100_000], re.I | re.S)
    if t:
        meta["title"] = htmllib.unescape(t.group(1)).strip()
    body = re.sub(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", " ", html, flags=re.I | re.S)
    body = re.sub(r"<(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", "\n", body, flags=re.I)
    body = re.sub(r"<[^>]*>", " ", body)
    body = htmllib.unescape(body)
    lines = [" ".join(line.split()) for line in body.splitlines()]
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
