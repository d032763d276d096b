"""The HTML report: hostile article text stays text, overlapping spans nest, labels are words."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reelcheck import check
from reelcheck.model import Claim, Document, EntityRef, Evidence, Mention, Report
from reelcheck.report import render
from reelcheck.report.html import _asset, collect_findings, http_href, segment_events


HOSTILE = ("Mikey Maddison won the Oscar for Best Actress. <script>alert(1)</script> "
           "Yura Borisov won the Oscar for Best Supporting Actor for Anora. "
           "A reader wrote \"><img src=x onerror=alert(1)> in the comments. "
           "Sean Baker directed Anora.")


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def article_text(tree: HTMLParser) -> str:
    """The article as a reader sees it, without our badges (on a copy of the tree)."""
    node = HTMLParser(tree.html).css_first("#rc-article")
    for b in node.css(".badge"):
        b.decompose()
    return node.text(deep=True)


def only_our_script(tree: HTMLParser) -> None:
    scripts = tree.css("script")
    assert len(scripts) == 1, [s.html[:80] for s in scripts]
    assert scripts[0].text() == _asset("report.js")
    assert not tree.css("img"), "an <img> from the article became markup"
    assert not any("onerror" in (n.attributes or {}) for n in tree.css("*"))


def test_hostile_article_from_real_check_renders_as_text(default_kb):
    report = check(HOSTILE, kb=default_kb)
    assert any(c.verdict == "refuted" for c in report.claims)
    page = render(report, "html")
    tree = HTMLParser(page)
    only_our_script(tree)
    assert article_text(tree) == HOSTILE
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_hostile_text_inside_findings_and_metadata_is_escaped():
    t = 'He said "><img src=x onerror=alert(1)> and <script>alert(2)</script> won.'
    c = span(t, '"><img src=x onerror=alert(1)> and <script>alert(2)</script>')
    claim = Claim("c1", *c, t[c[0]:c[1]], "other", verdict="refuted",
                  explanation="<script>alert(3)</script>",
                  evidence=[Evidence("<b>bold</b> claim", "javascript:alert(4)"),
                            Evidence("quoted", 'https://ok.example/"onmouseover="x')])
    doc = Document("<script>id</script>", t, url="javascript:alert(5)",
                   title='"><script>alert(6)</script>', warnings=["<script>w</script>"])
    report = Report(doc, [claim], kb="<i>kb</i>")
    tree = HTMLParser(render(report, "html"))
    only_our_script(tree)
    assert not tree.css("b") and not tree.css("i")
    hrefs = [a.attributes.get("href") or "" for a in tree.css("a")]
    assert not any(h.startswith("javascript") for h in hrefs)
    assert not any("onmouseover" in h for h in hrefs)
    assert article_text(tree) == t
    assert "<script>alert(3)</script>" in tree.css_first(".rc-expl").text()
    assert tree.css_first("h1").text() == '"><script>alert(6)</script>'


def test_http_href_allows_only_web_links():
    assert http_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert http_href("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x",
                "https://a.example/\"x", None, "", "file:///etc/passwd"):
        assert http_href(bad) is None


def test_evidence_links_are_http_only_and_noopener(sample_report):
    tree = HTMLParser(render(sample_report, "html"))
    ev_links = tree.css(".rc-evidence a")
    assert ev_links, "http evidence sources should be links"
    for a in ev_links:
        assert a.attributes["href"].startswith("https://")
        assert "noopener" in a.attributes["rel"]
    # A non-URL source is shown as text, not as a link.
    assert "[awards-history.yaml]" in tree.css_first(".rc-cards").text()


def test_nested_name_inside_claim_renders_nested_marks(sample_report):
    tree = HTMLParser(render(sample_report, "html"))
    assert article_text(tree) == sample_report.document.text
    claim = tree.css_first('mark[data-ann="claim-1"]')  # "Mikey Maddison took home ..."
    inner = claim.css('mark[data-ann="name-2"]')         # "Mikey Maddison" inside it
    assert len(inner) == 1 and inner[0].text() == "Mikey Maddison"
    # The claim's badge comes after the claim's text, the name's badge right after the name.
    badges = [b.text() for b in tree.css("#rc-article .badge")]
    assert "MISSPELLED → Mikey Madison" in badges and "SUPPORTED" in badges
    assert badges.index("MISSPELLED → Mikey Madison") < badges.index("SUPPORTED")


def test_crossing_spans_split_into_fragments_and_keep_text():
    t = "Alpha beta gamma delta epsilon."
    a, b = span(t, "Alpha beta gamma"), span(t, "gamma delta epsilon")
    n = span(t, "delta")
    report = Report(Document("x", t), [
        Claim("c1", *a, t[a[0]:a[1]], "other", verdict="refuted"),
        Claim("c2", *b, t[b[0]:b[1]], "other", verdict="supported")],
        names=[Mention(*n, "delta", EntityRef("delta", "Delta"), issue="misspelled",
                       suggestion="Delta")])
    tree = HTMLParser(render(report, "html"))
    assert article_text(tree) == t
    frags = tree.css('mark[data-ann="claim-1"]')
    assert len(frags) == 2  # "gamma" inside claim-0, then " delta epsilon" after it
    assert "".join(f.text(deep=True) for f in frags).replace("MISSPELLED → Delta", "") \
        == "gamma delta epsilon"
    # Only the first fragment is a tab stop with the anchor id.
    assert sum(1 for f in frags if f.attributes.get("tabindex") == "0") == 1
    assert len(tree.css("#at-claim-1")) == 1
    # Events are balanced: every open has a close.
    ev = segment_events(t, collect_findings(report))
    assert sum(e.kind == "open" for e in ev) == sum(e.kind == "close" for e in ev)


def test_spans_outside_the_text_are_listed_not_highlighted():
    t = "Short text."
    report = Report(Document("x", t), [Claim("c1", 5, 500, "bad span", "other",
                                             verdict="refuted")])
    tree = HTMLParser(render(report, "html"))
    assert article_text(tree) == t
    assert not tree.css("#rc-article mark")
    assert "not located in the text" in tree.css_first("#card-claim-0").text()


def test_verdict_labels_are_text_and_highlights_keyboard_reachable(sample_report):
    tree = HTMLParser(render(sample_report, "html"))
    labels = {b.text() for b in tree.css("#rc-article .badge")}
    for want in ("REFUTED", "SUPPORTED", "NOT ENOUGH INFO · HEDGED",
                 "MISSPELLED → Mikey Madison",
                 "QUOTE ALTERED", "PIRACY LINK"):
        assert want in labels, (want, labels)
    for m in tree.css("#rc-article mark[id]"):
        assert m.attributes["tabindex"] == "0" and m.attributes["role"] == "button"


def test_summary_lists_worst_problems_first(sample_report):
    tree = HTMLParser(render(sample_report, "html"))
    counts = tree.css_first(".rc-counts").text()
    assert "1 refuted" in " ".join(counts.split())
    items = [li.css_first(".badge").text() for li in tree.css(".rc-problems li")]
    assert items == ["REFUTED", "MISSPELLED → Mikey Madison", "QUOTE ALTERED", "PIRACY LINK"]


def test_page_is_self_contained(sample_report):
    tree = HTMLParser(render(sample_report, "html"))
    assert not tree.css("link[rel=stylesheet]") and not tree.css("script[src]")
    assert tree.css_first("style").text().strip()
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    assert "default-src 'none'" in csp


def test_real_article_report_has_every_kind(default_kb):
    text = ("Sean Bakker directed Anora, which won the Palme d'Or at Cannes in 2024. "
            "Mikey Madison won the Oscar for Best Actress. "
            "Watch it free at anora-full-movie.online tonight.")
    report = check(text, kb=default_kb)
    tree = HTMLParser(render(report, "html"))
    assert article_text(tree) == text
    labels = {b.text() for b in tree.css("#rc-article .badge")}
    assert "MISSPELLED → Sean Baker" in labels
    assert "SUPPORTED" in labels
    assert any("LINK" in lab for lab in labels)


@pytest.mark.parametrize("fmt", ["html", "md", "claimreview"])
def test_formats_are_registered(fmt, sample_report):
    from reelcheck.report import formats
    assert fmt in formats()
    assert render(sample_report, fmt).strip()
