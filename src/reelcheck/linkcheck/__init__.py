"""Links in an article: URLs, bare and disguised domains, and "watch it free" calls to action,
each judged piracy / spam / ok / unknown with a reason an editor can act on.

    >>> from reelcheck.linkcheck import find_links
    >>> [(l.text, l.verdict) for l in find_links("Watch free movies on myflixer-to.online.")]
    [('Watch free movies on myflixer-to.online', 'piracy')]

Works offline: domains are split with tldextract's bundled public suffix list, and the piracy,
allow and spam lists ship as text files in this package (see docs/blocklists.md).
"""
from __future__ import annotations

import os
from typing import Sequence, Union

from ..model import Link
from .detect import find_candidates, url_candidate
from .lists import load_blocklists
from .rules import RULES, classify

__all__ = ["find_links", "anchor_links", "replace_siteless", "RULES"]


def find_links(text: str, blocklists: Sequence[Union[str, os.PathLike]] = ()) -> list[Link]:
    """Every link-like span in `text`, classified, sorted by start.

    `blocklists` are the user's own domain lists (plain or hosts-file format); a listed domain
    or any of its subdomains is reported as piracy. A missing or unreadable list raises
    ValueError with a one-line message.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_links needs text as str, not {type(text).__name__}")
    lists = load_blocklists(blocklists)
    links: list[Link] = []
    for cand in find_candidates(text):
        written = text[cand.start:cand.end]
        verdict, reason = classify(cand, written, lists)
        links.append(Link(start=cand.start, end=cand.end, text=written,
                          domain=cand.host.host if cand.host else None,
                          verdict=verdict, reason=reason))
    return links


def anchor_links(text: str, anchors: Sequence[tuple[str, str]], found: Sequence[Link] = (),
                 blocklists: Sequence[Union[str, os.PathLike]] = ()) -> list[Link]:
    """The page's hyperlinks (`Document.anchors`: href and the words linked), classified by
    where they go and reported on their words in `text` ("free here" linking to a piracy
    site). A link whose words are not in the text (a menu, a footer the extractor left out)
    or that `found` already reports at those words with a site of its own is left out; a call
    to action `found` reports with no site is judged by where its words link instead (see
    `replace_siteless`)."""
    lists = load_blocklists(blocklists)
    out: list[Link] = []
    taken = [(x.start, x.end) for x in found if x.domain]
    pos = 0
    for href, words in anchors:
        cand = url_candidate(href)
        if cand is None or not words:
            continue
        at = text.find(words, pos)
        if at < 0:
            at = text.find(words)
        if at < 0:
            continue
        end = at + len(words)
        pos = end
        if any(a < end and at < b for a, b in taken):
            continue
        verdict, reason = classify(cand, href, lists)
        taken.append((at, end))
        out.append(Link(start=at, end=end, text=words, domain=cand.host.host if cand.host
                        else None, verdict=verdict, reason=f"The words link to {href}: {reason}"))
    return out


def replace_siteless(found: Sequence[Link], anchored: Sequence[Link]) -> list[Link]:
    """`found` and `anchored` together, less each call to action `found` reports with no site
    ("watch Anora free in HD") whose words a hyperlink covers: where it links decides it."""
    keep = [x for x in found if x.domain or not any(
        a.start < x.end and x.start < a.end for a in anchored)]
    return sorted(keep + list(anchored), key=lambda x: (x.start, x.end))
