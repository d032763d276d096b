"""Sources worth citing: each fact's sources ranked by a publisher list kept as data
(publishers.yaml), and the checked document's own address kept out of its evidence.

- `rank_sources(urls)`: official sites, trade press, wire services and newspapers of record
  first, then reference sites, entertainment press, unknown hosts, and wiki mirrors,
  aggregators and content farms last (stable within a tier: the factsheet's order).
- `same_document(url, doc_url)`: the same page at another address — scheme, `www.`/`m.`/`amp.`
  hosts, AMP paths, tracking parameters, trailing slashes aside — or a syndicated copy of it
  (the same article slug, four words or more, on another host).
- `cite(kb, facts, doc)` is the verifier's hook: evidence for each fact with its best source
  and every source in rank order, without the document's own address; a fact whose only
  sources are the document itself is not evidence, and a verdict left with no evidence becomes
  `not_enough_info`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit

import yaml

PUBLISHERS_FILE = Path(__file__).with_name("publishers.yaml")
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|ref$|amp$|outputtype$|share$|s$)", re.I)
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.")
_SLUG_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=4)
def _publishers(path: str = str(PUBLISHERS_FILE)) -> tuple[dict[str, int], list, int, int]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    tiers = data["tiers"]
    rank: dict[str, int] = {}
    other = mirror = len(tiers)
    for i, t in enumerate(tiers):
        if t["name"] == "other":
            other = i
        if t["name"].startswith("mirror"):
            mirror = i
        for d in t.get("domains") or []:
            rank.setdefault(d.lower(), i)
    pats = [re.compile(p) for p in data.get("mirror_patterns") or []]
    return rank, pats, other, mirror


def host(url: str) -> str:
    h = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    return _HOST_PREFIX.sub("", h)


@lru_cache(maxsize=8192)
def source_rank(url: str) -> int:
    """Tier of a source URL (0 best). Dataset names (no host) count as official."""
    if not url or "." not in url.split("/")[0] and "//" not in url:
        return 0
    rank, pats, other, mirror = _publishers()
    h = host(url)
    parts = h.split(".")
    for i in range(len(parts) - 1):
        r = rank.get(".".join(parts[i:]))
        if r is not None:
            return r
    if any(p.search(h) for p in pats) and not h.endswith(("wikipedia.org", "wikidata.org")):
        return mirror
    return other


def tier_name(url: str) -> str:
    data = yaml.safe_load(PUBLISHERS_FILE.read_text(encoding="utf-8"))
    return data["tiers"][min(source_rank(url), len(data["tiers"]) - 1)]["name"]


def rank_sources(urls: Iterable[str]) -> list[str]:
    """Best first; ties keep their order; duplicates dropped."""
    seen, out = set(), []
    for u in urls:
        if u and u not in seen:
            seen.add(u)
            out.append(u)
    return sorted(out, key=source_rank)


def _normal(url: str) -> tuple[str, str, str]:
    s = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    path = re.sub(r"/(amp|amp\.html)/?$", "", s.path or "").rstrip("/").lower()
    path = re.sub(r"\.amp(\.html)?$", "", path)
    q = urlencode(sorted((k, v) for k, v in parse_qsl(s.query) if not _TRACKING.match(k)))
    return host(url), path, q


def _slug(path: str) -> Optional[str]:
    last = [p for p in path.split("/") if p]
    if not last:
        return None
    words = _SLUG_WORD.findall(re.sub(r"\.\w{2,5}$", "", last[-1]))
    return "-".join(words) if len(words) >= 4 else None


def same_document(url: Optional[str], doc_url: Optional[str]) -> bool:
    """`url` is the checked document itself (at another address) or a syndicated copy."""
    if not url or not doc_url:
        return False
    a, b = _normal(url), _normal(doc_url)
    if a == b:
        return True
    sa, sb = _slug(a[1]), _slug(b[1])
    return sa is not None and sa == sb


def usable_sources(sources: Iterable[str], doc_url: Optional[str]) -> list[str]:
    """The sources in rank order, without the document's own address or copies of it."""
    return [u for u in rank_sources(sources) if not same_document(u, doc_url)]


def cite(kb, verdict, doc=None):
    """Evidence for a verdict's facts (best source first, all sources kept), with the checked
    document's own address never counting; returns (verdict, evidence)."""
    from ..model import Evidence
    from .words import fact_statement
    doc_url = getattr(doc, "url", None)
    facts, evidence = [], []
    for f in verdict.facts:
        srcs = usable_sources(f.sources, doc_url)
        if f.sources and not srcs:
            continue          # the article cites itself: not evidence for it
        facts.append(f)
        if len(evidence) < 4:
            evidence.append(Evidence(fact_statement(kb, f), srcs[0] if srcs else None, f.id,
                                     srcs))
    if verdict.facts and not facts and verdict.verdict in ("supported", "refuted"):
        from .checks import Verdict
        verdict = Verdict("not_enough_info", "The only source the KB has for this is the "
                          "article itself (or a copy of it).", [], 0.5)
    return verdict, evidence
