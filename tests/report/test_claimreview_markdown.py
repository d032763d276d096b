"""ClaimReview JSON-LD and the Markdown report."""
from __future__ import annotations

import json

from reelcheck import check
from reelcheck.config import Config
from reelcheck.model import Claim, Document, Report
from reelcheck.report import render

REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
            "datePublished")


def no_nulls(v) -> bool:
    if isinstance(v, dict):
        return all(x is not None and no_nulls(x) for x in v.values())
    if isinstance(v, list):
        return all(no_nulls(x) for x in v)
    return True


def test_claimreview_one_object_per_claim_with_required_fields(sample_report):
    cfg = Config(reviewer_name="Film Desk", reviewer_url="https://desk.example.com/")
    out = json.loads(render(sample_report, "claimreview", config=cfg, today="2025-03-05"))
    assert isinstance(out, list) and len(out) == len(sample_report.claims)
    for obj, claim in zip(out, sample_report.claims):
        for k in REQUIRED:
            assert k in obj, k
        assert obj["@context"] == "https://schema.org" and obj["@type"] == "ClaimReview"
        assert obj["claimReviewed"] == claim.text and len(obj["claimReviewed"]) <= 200
        r = obj["reviewRating"]
        assert r["@type"] == "Rating" and r["bestRating"] == 5 and r["worstRating"] == 1
        assert obj["author"] == {"@type": "Organization", "name": "Film Desk",
                                 "url": "https://desk.example.com/"}
        assert obj["url"] == f"https://news.example.com/anora-review#{claim.id}"
        item = obj["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2025-03-04"
        assert item["appearance"][0]["url"] == "https://news.example.com/anora-review"
        assert obj["datePublished"] == "2025-03-05"
        assert no_nulls(obj)
    ratings = [(o["reviewRating"]["ratingValue"], o["reviewRating"]["alternateName"]) for o in out]
    assert ratings == [(1, "False"), (5, "True"), (3, "Unproven (hedged in the article)")]


def test_claimreview_omits_unknown_fields_and_clips_long_claims():
    long = "Anora " + "won many prizes and " * 20 + "more."
    report = Report(Document("d", long), [Claim("", 0, len(long), long, "award",
                                                verdict="supported")])
    [obj] = json.loads(render(report, "claimreview"))
    assert len(obj["claimReviewed"]) == 200 and obj["claimReviewed"].endswith("…")
    assert "url" not in obj and "appearance" not in obj["itemReviewed"]
    assert "datePublished" not in obj["itemReviewed"]
    assert obj["author"] == {"@type": "Organization", "name": "reelcheck"}
    assert no_nulls(obj)


def test_claimreview_from_real_check(default_kb):
    report = check("Yura Borisov won the Oscar for Best Supporting Actor for Anora. "
                   "Sean Baker directed Anora.", kb=default_kb)
    out = json.loads(render(report, "claimreview"))
    by_text = {o["claimReviewed"]: o["reviewRating"]["alternateName"] for o in out}
    assert any("Borisov" in t and v == "False" for t, v in by_text.items()), by_text
    assert any("directed" in t and v == "True" for t, v in by_text.items()), by_text


def test_markdown_problems_first_then_supported_then_unsettled(sample_report):
    md = render(sample_report, "md")
    i_prob, i_sup, i_nei = md.index("### Problems"), md.index("### Supported"), \
        md.index("### Not enough info")
    assert i_prob < i_sup < i_nei
    problems = md[i_prob:i_sup]
    order = [problems.index(s) for s in ("**REFUTED**", "**MISSPELLED NAME**",
                                         "**QUOTE ALTERED**", "**PIRACY LINK**")]
    assert order == sorted(order)
    assert "Mikey Maddison” → Mikey Madison" in problems
    assert "[source](<https://en.wikipedia.org/wiki/Anora>)" in problems
    assert "### Quotes (1)" in md and "### Links (2)" in md
    assert md.splitlines()[4].startswith("**3 claims:** 1 refuted, 1 supported")


def test_markdown_escapes_article_text():
    t = "Anora won [a prize](javascript:alert(1)) and *everything* <b>here</b>."
    report = Report(Document("d", t), [Claim("c1", 0, len(t), t, "award", verdict="refuted",
                                             explanation="no _such_ prize")])
    md = render(report, "md")
    assert "[a prize](javascript" not in md
    assert "\\[a prize\\](javascript:alert(1))" in md
    assert "\\*everything\\*" in md and "\\<b\\>" in md and "no \\_such\\_ prize" in md


def test_markdown_with_no_problems_says_so(default_kb):
    md = render(check("Sean Baker directed Anora.", kb=default_kb), "md")
    assert "### Problems\nNone found." in md
    assert "**SUPPORTED**" in md
