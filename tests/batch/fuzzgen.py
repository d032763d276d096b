"""Seeded generators of hostile input: text, HTML, JSONL and WARC bytes.

Everything is drawn from a `random.Random(seed)`, so a failing case is reproduced by its seed.
The words are written for these tests (film-ish vocabulary, names from the tiny test KB).
"""
from __future__ import annotations

import io
import json
import random

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WORDS = ("Anora", "Sean", "Baker", "Mikey", "Madison", "directed", "won", "the", "Palme",
         "d'Or", "Oscar", "Best", "Actress", "in", "2024", "2025", "runtime", "139", "minutes",
         "festival", "Cannes", "premiered", "on", "May", "21", "stars", "as", "was", "by",
         "\u201cquoted\u201d", "said", "he", "she", "free", "watch", "online", "www.", ".to",
         "https://", "site", "dot", "com", "[.]", "(", ")", "\u00e9", "\u0130", "\U0001F3AC",
         "\u200b", "\ufeff", "\u202e", "\t", "\r", "\n\n", "...", "\u2014", "5", "Oscars")
TAGS = ("p", "div", "span", "a", "script", "style", "title", "b", "i", "table", "tr", "td",
        "article", "nav", "noscript", "textarea", "svg", "math", "iframe", "br", "meta")


def text(rng: random.Random, n_words: int) -> str:
    out = []
    for _ in range(n_words):
        r = rng.random()
        if r < 0.85:
            out.append(rng.choice(WORDS))
        elif r < 0.95:
            out.append(rng.choice(".,;:!?\"'<>&#/\\=-"))
        else:
            c = rng.randrange(1, 0x2FFFF)
            out.append(chr(c if not 0xD800 <= c < 0xE000 else 0xFFFD))
    sep = rng.choice([" ", " ", " ", "", "\n"])
    return sep.join(out)


def html(rng: random.Random, n_parts: int) -> str:
    parts = []
    if rng.random() < 0.7:
        parts.append("<!doctype html><html><head><title>" + text(rng, 4) + "</title></head>"
                     "<body>")
    for _ in range(n_parts):
        r = rng.random()
        tag = rng.choice(TAGS)
        if r < 0.45:
            parts.append(f"<{tag}>{text(rng, rng.randrange(1, 30))}</{tag}>")
        elif r < 0.6:
            parts.append(f"<{tag} class=\"x\" href='https://{rng.choice(WORDS)}.example/"
                         f"{rng.randrange(999)}'>")                        # never closed
        elif r < 0.7:
            parts.append(f"</{tag}>")                                       # never opened
        elif r < 0.78:
            parts.append("<!-- " + text(rng, 5) + rng.choice(["-->", ""]))
        elif r < 0.86:
            parts.append("&" + rng.choice(["amp;", "lt", "#x1F3AC;", "#0;", "nbsp;", "#99999999;"]))
        elif r < 0.93:
            parts.append("<" * rng.randrange(1, 50))
        else:
            parts.append(text(rng, rng.randrange(1, 40)))
    if rng.random() < 0.5:
        parts.append("</body></html>")
    return "".join(parts)


def document_bytes(rng: random.Random) -> bytes:
    """One file's worth: text or HTML, in UTF-8 mostly, sometimes in another encoding,
    sometimes raw bytes or empty."""
    r = rng.random()
    if r < 0.05:
        return b""
    if r < 0.1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    body = html(rng, rng.randrange(1, 40)) if r < 0.55 else text(rng, rng.randrange(1, 200))
    enc = rng.random()
    if enc < 0.08:
        return body.encode("utf-16")
    if enc < 0.12:
        return body.encode("utf-32")
    if enc < 0.18:
        data = bytearray(body.encode("utf-8", "surrogatepass"))
        for _ in range(rng.randrange(1, 5)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(128, 256)
        return bytes(data)
    return body.encode("utf-8", "surrogatepass")


def jsonl_lines(rng: random.Random, n: int) -> list[bytes]:
    """`n` lines (no newlines inside): documents, broken JSON, blanks, wrong shapes."""
    lines = []
    for i in range(n):
        r = rng.random()
        if r < 0.55:
            key = rng.choice(["text", "text", "html"])
            body = html(rng, rng.randrange(1, 20)) if key == "html" else text(rng, 60)
            obj = {key: body}
            if rng.random() < 0.8:
                obj["id"] = rng.choice([f"d{i}", "same", "same#2", "", "\u00e9\U0001F3AC", 7,
                                        None])
            if rng.random() < 0.3:
                obj["url"] = rng.choice(["https://news.example/a", "", "not a url", 5])
            lines.append(json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode())
        elif r < 0.65:
            lines.append(b"")
        elif r < 0.72:
            lines.append(b" \t ")
        elif r < 0.8:
            lines.append(json.dumps(rng.choice([[1, 2], "str", 3, None, {"id": "x"},
                                                {"text": 5}])).encode())
        elif r < 0.9:
            good = json.dumps({"id": f"cut{i}", "text": text(rng, 30)}).encode()
            lines.append(good[: rng.randrange(len(good))])
        else:
            lines.append(bytes(rng.choice([rng.randrange(256), 0x7b, 0x22])
                               for _ in range(rng.randrange(1, 80))).replace(b"\n", b" "))
    return lines


def warc(rng: random.Random, n: int, gz: bool) -> tuple[bytes, list[int], list[bool]]:
    """A WARC of `n` records (HTML responses, some other types); returns the bytes, the offset
    where each record ends, and which records are HTML responses (the ones that become rows)."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    ends, is_html = [], []
    for i in range(n):
        r = rng.random()
        if r < 0.7:
            ctype = rng.choice(["text/html", "text/html; charset=utf-8",
                                "text/html; charset=latin-1", "application/xhtml+xml"])
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            payload = html(rng, rng.randrange(1, 25)).encode("utf-8", "surrogatepass")
            if "latin-1" in ctype:
                payload = payload.decode("utf-8", "replace").encode("latin-1", "replace")
            rec = w.create_warc_record(f"https://p{i}.example/", "response",
                                       payload=io.BytesIO(payload), http_headers=headers)
        elif r < 0.85:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                       protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://p{i}.example/i.png", "response",
                                       payload=io.BytesIO(bytes(range(256))),
                                       http_headers=headers)
        else:
            rec = w.create_warc_record(f"https://p{i}.example/", "request",
                                       payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        w.write_record(rec)
        ends.append(buf.tell())
        is_html.append(r < 0.7)
    return buf.getvalue(), ends, is_html


def warc_rows_after_cut(ends: list[int], is_html: list[bool], cut: int, gz: bool) -> int:
    """Rows a WARC cut to `cut` bytes must give: each whole HTML record, plus one "truncated"
    row unless the cut falls between records. (Uncompressed, a record that lost only its
    closing blank line is still whole, and still a row.)"""
    rows = sum(1 for e, h in zip(ends, is_html) if e <= cut and h)
    if cut in ends or cut == 0:
        return rows if cut else 1          # an empty file gets one "empty" row
    nxt = next(i for i, e in enumerate(ends) if e > cut)
    if not gz and is_html[nxt] and cut >= ends[nxt] - 4:
        rows += 1
    return rows + 1
