"""HTML ingest: main text and metadata, and pathological markup in linear time."""
from __future__ import annotations

import pytest

from reelcheck.ingest import InputError, from_bytes
from reelcheck.ingest.html import MAX_TAGS


def test_html_article_text_and_title():
    page = (b"<!doctype html><html><head><title>Anora review</title></head><body>"
            b"<nav>Home | Films</nav><article><h1>Anora review</h1><p>Anora was directed by "
            b"Sean Baker and won the Palme d'Or in 2024. The film follows a dancer from "
            b"Brighton Beach who marries the son of a Russian oligarch.</p></article>"
            b"<script>var tracking = 1;</script></body></html>")
    doc = from_bytes(page, name="a.html")
    assert doc.format == "html" and doc.title == "Anora review"
    assert "Sean Baker" in doc.text and "tracking" not in doc.text


def test_deeply_nested_markup_is_read_without_a_parser():
    deep = ("<html><body>" + "<div>" * (MAX_TAGS + 10) + "Anora was directed by Sean Baker."
            + "</div>" * (MAX_TAGS + 10) + "</body></html>").encode()
    doc = from_bytes(deep, name="deep.html")
    assert doc.text.strip() == "Anora was directed by Sean Baker."


def test_html_with_no_text_is_an_error():
    with pytest.raises(InputError) as e:
        from_bytes(b"<html><body><script>x()</script></body></html>", name="e.html")
    assert e.value.kind == "empty"


def test_no_invented_publication_date():
    page = (b"<html><head><title>Anora wins</title></head><body><article><p>Anora won the "
            b"Palme d'Or. Mikey Madison stars as Ani, a dancer from Brighton Beach, in this "
            b"film directed by Sean Baker.</p></article></body></html>")
    assert from_bytes(page, name="a.html").date is None
    dated = page.replace(b"<head>", b'<head><meta property="article:published_time" '
                                    b'content="2025-03-03T08:00:00Z">')
    assert (from_bytes(dated, name="b.html").date or "").startswith("2025-03-03")
