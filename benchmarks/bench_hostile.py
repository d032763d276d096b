"""Time per byte on hostile input: the HTML fallback stripper, link detection, the batch readers.

    python benchmarks/bench_hostile.py            # all figures (about a minute)
    python benchmarks/bench_hostile.py --old      # also the pre-issue-14 regex stripper, at
                                                  # sizes where its quadratic time still ends
    python benchmarks/bench_hostile.py --check    # also the whole check() on the link pages

Each case is measured at size n and 2n (and 4n): a linear stage costs about 2x per doubling, a
quadratic one 4x. All inputs are generated here (no third-party text).
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path


def timed(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best


def old_strip_tags(html: str) -> str:
    """The regex stripper as it was before issue 14 (for the comparison only)."""
    import html as htmllib
    re.search(r"<title[^>]*>(.*?)</title>", html[:100_000], re.I | re.S)
    body = re.sub(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", " ", html, flags=re.I | re.S)
    body = re.sub(r"<(?:br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>", "\n", body, flags=re.I)
    body = re.sub(r"<[^>]*>", " ", body)
    return htmllib.unescape(body)


def unclosed_scripts(n_bytes: int) -> str:
    head = "<html><body><p>Anora was directed by Sean Baker.</p>"
    return head + "<script>" * ((n_bytes - len(head)) // 8)


def stray_brackets(n_bytes: int) -> str:
    return "<p>Anora.</p>" + "<" * n_bytes


def link_page(n_links: int) -> str:
    parts = ["<html><head><title>Links</title></head><body><article><p>Anora was directed by "
             "Sean Baker.</p>"]
    for i in range(n_links):
        parts.append(f'<p><a href="https://site{i}.example.com/films/watch-{i}">Watch film {i} '
                     f"free online at site{i}.example.com/watch/{i}</a></p>")
    parts.append("</article></body></html>")
    return "".join(parts)


def row(name: str, size: int, secs: float) -> None:
    print(f"  {name:<44} {size / 1e3:>9.0f} KB {secs * 1e3:>9.1f} ms "
          f"{secs / size * 1e9:>8.1f} ns/byte")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", action="store_true", help="also time the old regex stripper")
    ap.add_argument("--check", action="store_true", help="also time check() on the link pages")
    args = ap.parse_args()

    from reelcheck.ingest import from_bytes
    from reelcheck.ingest.html import _strip_tags, html_to_text
    from reelcheck.linkcheck import find_links

    print("HTML fallback stripper (used past 50,000 tags)")
    for n in (112_000, 224_000, 448_000, 896_000):
        h = unclosed_scripts(n)
        row("unclosed <script> x n (html_to_text)", len(h), timed(html_to_text, h))
    for n in (448_000, 896_000, 1_792_000):
        h = stray_brackets(n)
        row("stray '<' x n (html_to_text)", len(h), timed(html_to_text, h))
    if args.old:
        print("  before issue 14 (regex stripper):")
        for n in (14_000, 28_000, 56_000):
            h = unclosed_scripts(n)
            row("  old: unclosed <script> x n", len(h), timed(old_strip_tags, h, repeat=1))
        print("  ...", flush=True)

    print("Links in HTML (ingest, then link detection on the text)")
    for n in (5_000, 10_000, 20_000):
        page = link_page(n).encode()
        t_ingest = timed(lambda: from_bytes(page, name="links.html"), repeat=1)
        doc = from_bytes(page, name="links.html")
        t_links = timed(find_links, doc.text, repeat=1)
        row(f"{n} links: ingest (HTML -> text)", len(page), t_ingest)
        row(f"{n} links: find_links on its text", len(doc.text.encode()), t_links)
        row(f"{n} links: _strip_tags on the page", len(page),
            timed(_strip_tags, page.decode(), repeat=1))
        if args.check:
            from reelcheck.pipeline import check
            check("Anora was directed by Sean Baker.")  # KB open and warm-up, not timed
            row(f"{n} links: check() on the ingested page", len(page),
                timed(check, doc, repeat=1))

    print("Batch readers (bytes read -> items, no checking)")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from reelcheck.batch import sources
    tmp = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    rng = random.Random(5)
    for n in (2_000, 4_000, 8_000):
        jl = tmp / f"in{n}.jsonl.gz"
        with gzip.open(jl, "wb") as f:
            for i in range(n):
                f.write(json.dumps({"id": "same" if i % 3 else f"d{i}",
                                    "text": "Anora was directed by Sean Baker. " * 40}).encode()
                        + (b"\n\n" if rng.random() < 0.1 else b"\n"))
        raw = len(gzip.decompress(jl.read_bytes()))
        row(f"JSONL.gz, {n} lines (uncompressed size)", raw,
            timed(lambda: sum(1 for _ in sources.iter_items([jl])), repeat=1))
        wp = tmp / f"crawl{n}.warc.gz"
        with open(wp, "wb") as f:
            w = WARCWriter(f, gzip=True)
            for i in range(n // 4):
                hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(
                    f"https://p{i}.example/", "response", http_headers=hdr,
                    payload=io.BytesIO(link_page(20).encode())))
        row(f"WARC.gz, {n // 4} records (file size)", wp.stat().st_size,
            timed(lambda: sum(1 for _ in sources.iter_items([wp])), repeat=1))
    for p in tmp.iterdir():
        os.unlink(p)
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
