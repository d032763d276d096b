"""schema.org ClaimReview JSON-LD: one review per checked claim, for publishing fact-checks.

Search engines and fact-check aggregators read this markup. The numeric rating scale is fixed and
documented in docs/claimreview.md (1 = False, 3 = Unproven, 5 = True); a claim the article hedges
keeps its rating and says so in `alternateName`. Fields we do not know are left out, not null.

Every review's `url` is the page that publishes it: `review_url` (`--review-url`, or
`[reviewer] review_url` in the config) plus a per-claim fragment (`#c3`); without one, the
article's own URL with the fragment (the reviews published in the article page). The article's
URL, when known, is where the claim appeared (`itemReviewed.appearance`, `firstAppearance`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

import orjson

from ..model import Claim, Report
from . import renderer
from .html import http_href

BEST, WORST = 5, 1
# verdict -> (ratingValue, words)
SCALE = {"refuted": (1, "False"), "not_enough_info": (3, "Unproven"), "supported": (5, "True")}
CLAIM_MAX = 200


def _clip(text: str, n: int = CLAIM_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _drop_none(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _drop_none(x) for k, x in v.items() if x is not None and x != [] and x != {}}
    if isinstance(v, list):
        return [_drop_none(x) for x in v]
    return v


def review_page_url(url: Optional[str]) -> Optional[str]:
    """`url` checked as the page publishing the reviews (http/https, no fragment), or None.

    Raises ValueError (a one-line error for the CLI) for anything else.
    """
    if url is None or url == "":
        return None
    href = http_href(url)
    if not href or "://" not in href or not href.split("://", 1)[1].strip("/"):
        raise ValueError(f"the review URL must be an absolute http(s) URL, got {url!r}")
    return href.split("#", 1)[0]


def claim_review(c: Claim, report: Report, *, reviewer_name: str = "reelcheck",
                 reviewer_url: Optional[str] = None, today: Optional[str] = None,
                 review_url: Optional[str] = None, fragment: Optional[str] = None) -> dict:
    """The ClaimReview object for one claim (no null fields).

    `review_url` is the page publishing the review; `fragment` the claim's anchor on it
    (default: the claim id).
    """
    doc = report.document
    value, words = SCALE.get(c.verdict, SCALE["not_enough_info"])
    if c.hedged:
        words += " (hedged in the article)"
    article_url = http_href(doc.url)
    appearance = None
    if article_url or doc.title:
        appearance = [{"@type": "CreativeWork", "url": article_url, "headline": doc.title}]
    page = review_page_url(review_url) or (article_url.split("#", 1)[0] if article_url else None)
    anchor = fragment or c.id
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page}#{anchor}" if page and anchor else None,
        "claimReviewed": _clip(c.text),
        "datePublished": today or _dt.date.today().isoformat(),
        "author": {"@type": "Organization", "name": reviewer_name,
                   "url": http_href(reviewer_url)},
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": BEST,
                         "worstRating": WORST, "alternateName": words,
                         "ratingExplanation": c.explanation or None},
        "itemReviewed": {"@type": "Claim", "appearance": appearance,
                         "firstAppearance": appearance[0] if article_url else None,
                         "datePublished": doc.date or None},
    }
    return _drop_none(review)


def claim_reviews(report: Report, config: Any = None, today: Optional[str] = None) -> list[dict]:
    name = getattr(config, "reviewer_name", None) or "reelcheck"
    url = getattr(config, "reviewer_url", None)
    page = review_page_url(getattr(config, "review_url", None))
    return [claim_review(c, report, reviewer_name=name, reviewer_url=url, today=today,
                         review_url=page, fragment=c.id or f"c{i}")
            for i, c in enumerate(report.claims, 1)]


@renderer("claimreview")
def to_claimreview(report: Report, *, config: Any = None, today: Optional[str] = None,
                   **_) -> str:
    """A JSON array of ClaimReview objects, ready for a <script type="application/ld+json">."""
    return orjson.dumps(claim_reviews(report, config, today), option=orjson.OPT_INDENT_2).decode()
