"""`reelcheck check --format html|md|claimreview` goes through the registered renderers."""
from __future__ import annotations

import json

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reelcheck.cli import main

ARTICLE = "Mikey Maddison won the Oscar for Best Actress. Sean Baker directed Anora.\n"


def test_cli_writes_each_format(tmp_path, default_kb):
    src = tmp_path / "story.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = {}
    for fmt in ("html", "md", "claimreview"):
        dest = tmp_path / f"out.{fmt}"
        assert main(["check", str(src), "--format", fmt, "-o", str(dest),
                     "--url", "https://news.example.com/story"]) == 0
        out[fmt] = dest.read_text(encoding="utf-8")
    tree = HTMLParser(out["html"])
    assert "MISSPELLED → Mikey Madison" in {b.text() for b in tree.css("#rc-article .badge")}
    assert out["md"].index("### Problems") < out["md"].index("### Supported")
    reviews = json.loads(out["claimreview"])
    assert reviews and all(r["url"].startswith("https://news.example.com/story#") for r in reviews)
