"""HTML -> main text + metadata. trafilatura first; selectolax's plain text when it finds nothing."""
from __future__ import annotations

from typing import Optional


def html_to_text(html: str, url: Optional[str] = None) -> tuple[str, dict]:
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
