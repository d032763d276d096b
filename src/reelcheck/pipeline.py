"""`check()`: the whole job for one document. The CLI, the web app and batch only call this.

ingest -> link -> claims -> verify -> quotes -> links -> report, each stage a plain function over
the data model, so any of them can be tested, timed or replaced on its own.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence, Union

from .model import Document, Report

if TYPE_CHECKING:
    from .kb.store import KB

KBLike = Union[str, os.PathLike, "KB", None]


@dataclass
class CheckOptions:
    """Knobs a caller may turn; defaults are what a user gets with no configuration."""
    blocklists: Sequence[Union[str, os.PathLike]] = ()
    nli_model: Optional[str] = None
    evidence_passages: int = 3
    extra: dict = field(default_factory=dict)


_KB_CACHE: dict[str, object] = {}


def resolve_kb(kb: KBLike = None):
    """A KB object from a path, an open KB, or None (the bundled default, built on first use).

    Opened KBs are cached per path so a long-lived process (server, batch worker) opens each
    file once, and again when the file is rebuilt (a new file at the path).
    """
    from .kb.store import KB, file_stamp
    if isinstance(kb, KB):
        return kb
    if kb is None:
        from .kb.default import default_kb_path
        path = str(default_kb_path())
    else:
        path = str(Path(kb).expanduser())
    cached = _KB_CACHE.get(path)
    if cached is None or cached.file_stamp != file_stamp(path):
        cached = _KB_CACHE[path] = KB(path)
    return cached


def check(text_or_document: Union[str, Document], kb: KBLike = None,
          options: Optional[CheckOptions] = None, *, doc_id: str = "doc") -> Report:
    """Fact-check one article and return its `Report`.

    `text_or_document` is plain text (used exactly as given: every span points into it) or a
    `Document` from `reelcheck.ingest`. `kb` is a KB path, an open `KB`, or None for the bundled
    default knowledge base.
    """
    from .claims import extract_claims
    from .link import link_names
    from .linkcheck import anchor_links, find_links, replace_siteless
    from .quotes import check_quotes
    from .verify import verify_claims

    options = options or CheckOptions()
    kbo = resolve_kb(kb)
    doc = text_or_document if isinstance(text_or_document, Document) else Document(
        id=doc_id, text=text_or_document)
    from .nlp import document_parses
    mentions = link_names(doc, kbo)
    with document_parses():           # a text both claims and quotes parse is parsed once
        claims = extract_claims(doc, mentions, kbo)
        verify_claims(claims, kbo, doc=doc, options=options)
        quotes = check_quotes(doc, mentions, kbo, options=options)
    links = find_links(doc.text, blocklists=options.blocklists)
    if doc.anchors:   # an HTML page's hyperlinks, on their words
        links = replace_siteless(links, anchor_links(doc.text, doc.anchors, links,
                                                     options.blocklists))
    from .sources import describe_sources
    return Report(document=doc, claims=claims, names=mentions, quotes=quotes, links=links,
                  kb=kbo.describe(), sources=describe_sources(kbo, options))
