"""Bounded reads: regular files only, size checked while reading, BOM-marked UTF-16/32 decoded,
and the HTML fallback stripper doing one linear pass (unclosed <script>, stray '<')."""
from __future__ import annotations

import os
import threading

import pytest

from reelcheck.ingest import InputError, from_bytes, from_path, read_bounded, read_regular
from reelcheck.ingest.html import MAX_TAGS, _strip_tags, html_to_text

TEXT = "Anora was directed by Sean Baker. It premiered at Cannes in May 2024; the café scene"


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    result = {}

    def read():
        try:
            from_path(fifo)
        except InputError as e:
            result["error"] = e

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t.join(60)  # a hang guard only: a refused FIFO returns at once
    if t.is_alive():  # unblock the reader so the test process can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert result["error"].kind == "not_a_file"
    assert "not a regular file" in result["error"].message


def test_dev_zero_is_refused_not_streamed():
    with pytest.raises(InputError) as e:
        read_regular("/dev/zero")
    assert e.value.kind == "not_a_file"


def test_size_is_checked_while_reading(tmp_path):
    p = tmp_path / "grows.txt"
    p.write_bytes(b"a" * 5000)
    with open(p, "rb") as f:  # the stream is longer than the limit, whatever stat said
        with pytest.raises(InputError) as e:
            read_bounded(f, 1000, str(p))
    assert e.value.kind == "too_large"
    with pytest.raises(InputError) as e:
        read_regular(p, max_bytes=1000)
    assert e.value.kind == "too_large"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path, encoding):
    text = TEXT + "\n\u201cQuoted\u201d \u2014 and an emoji \U0001F3AC.\n"
    data = text.encode(encoding)
    if not encoding in ("utf-16", "utf-32"):  # these two write their own BOM
        data = "\ufeff".encode(encoding) + data
    p = tmp_path / "article.txt"
    p.write_bytes(data)
    doc = from_path(p)
    assert doc.text == text and doc.warnings == []


def test_utf16_html_with_bom_is_decoded():
    page = "<html><head><title>Review</title></head><body><article><p>" + TEXT \
        + " is remembered.</p></article></body></html>"
    doc = from_bytes(page.encode("utf-16"), name="page.html")
    assert "Sean Baker" in doc.text


def test_utf16_with_a_broken_tail_is_decoded_with_a_warning():
    data = ("\ufeff" + TEXT).encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate half
    doc = from_bytes(data, name="a.txt")
    assert doc.text.startswith(TEXT) and doc.warnings


def test_nul_bytes_without_a_bom_are_still_binary():
    with pytest.raises(InputError) as e:
        from_bytes(TEXT.encode("utf-16-le"), name="a.txt")
    assert e.value.kind == "binary"


def test_unclosed_script_tags_hide_their_code_and_keep_the_text_before():
    n = MAX_TAGS + 10  # past the tag count where the linear stripper takes over
    page = ("<html><head><title>Cannes</title></head><body><p>" + TEXT + ".</p>"
            + "<script>var secret = 'do not show';" * n)
    text, meta = html_to_text(page)
    assert text.startswith("Anora was directed by Sean Baker.") and "secret" not in text
    assert meta["title"] == "Cannes"


def test_the_stripper_handles_stray_brackets_comments_and_unclosed_raw_text():
    page = ("<html><head><title>A &amp; B</title><style>p {color: red}</style></head><body>"
            "<p>" + TEXT + "</p><!-- hidden note --><div>1 < 2 and 3 > 2</div>"
            + "<" * 2000 + "<p>after</p><noscript>no js</noscript><p>end</p><!-- open")
    text, meta = _strip_tags(page)
    assert meta == {"title": "A & B"}
    assert TEXT in text and "after" in text and text.endswith("end")
    for hidden in ("color: red", "hidden note", "no js"):
        assert hidden not in text
    assert "1 < 2 and 3 > 2" in text


def test_many_links_in_html_are_all_kept_as_text():
    links = "".join(f'<p><a href="https://site{i}.example/p">Watch film {i} online</a></p>'
                    for i in range(MAX_TAGS // 2))
    text, _ = html_to_text("<html><body><p>" + TEXT + "</p>" + links + "</body></html>")
    assert text.count("Watch film") == MAX_TAGS // 2
