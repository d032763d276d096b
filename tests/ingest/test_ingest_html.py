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
