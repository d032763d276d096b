"""Sources worth citing: each fact's sources ranked by the publisher list, the best shown first
and all kept; the checked document's own address (or a syndicated copy) never counts."""
from __future__ import annotations

import reelcheck
from reelcheck.kb.factsheet import compile_factsheets
from reelcheck.model import Document
from reelcheck.verify.sources import rank_sources, same_document, source_rank, usable_sources

OFFICIAL = "https://www.oscars.org/oscars/ceremonies/2025"
TRADE = "https://variety.com/2025/film/news/lantern-keeper-runtime-1236000000/"
WIRE = "https://apnews.com/article/lantern-keeper-festival-0123456789"
PAPER = "https://www.theguardian.com/film/2025/jan/01/lantern-keeper-review"
WIKI = "https://en.wikipedia.org/wiki/The_Lantern_Keeper"
BLOG = "https://someones-film-notes.example/lantern"
MIRRORS = ["https://friendlywiki.com/wiki/The_Lantern_Keeper",
           "https://kids.kiddle.co/The_Lantern_Keeper",
           "https://debianws.lexgopc.com/wiki143/index.php?title=The_Lantern_Keeper",
           "https://wikimili.com/en/The_Lantern_Keeper"]


def test_publishers_rank_best_first():
    ranked = rank_sources(MIRRORS + [BLOG, WIKI, PAPER, WIRE, TRADE, OFFICIAL])
    assert ranked[:6] == [OFFICIAL, TRADE, WIRE, PAPER, WIKI, BLOG]
    assert set(ranked[6:]) == set(MIRRORS)
    # mirrors and content farms rank below any unknown site; subdomains inherit their domain
    assert all(source_rank(m) > source_rank(BLOG) for m in MIRRORS)
    assert source_rank("https://awardsdatabase.oscars.org/") == source_rank(OFFICIAL)
    # ties keep their order; duplicates go
    assert rank_sources([MIRRORS[1], MIRRORS[0], MIRRORS[1]]) == [MIRRORS[1], MIRRORS[0]]


def test_the_document_itself_at_other_addresses():
    doc = "https://www.harbourpost.example/news/greywater-film-week-wraps-with-paper-birds"
    assert same_document(doc, doc)
    assert same_document("http://harbourpost.example/news/greywater-film-week-wraps-with-"
                         "paper-birds/?utm_source=rss&utm_medium=rss", doc)
    assert same_document("https://amp.harbourpost.example/news/greywater-film-week-wraps-"
                         "with-paper-birds/amp/", doc)
    # a syndicated copy: the same article slug on another host
    assert same_document("https://newsfeed.example/culture/greywater-film-week-wraps-with-"
                         "paper-birds.html", doc)
    # another article on the same site, or a short common slug elsewhere, is not the document
    assert not same_document("https://www.harbourpost.example/news/greywater-film-week-opens",
                             doc)
    assert not same_document("https://other.example/news/", "https://site.example/news/")
    assert usable_sources([doc, MIRRORS[0], TRADE], doc) == [TRADE, MIRRORS[0]]


SHEET = """
factsheet: lantern
entities:
  - {id: lantern-keeper, label: The Lantern Keeper, type: film, year: 2019}
  - {label: Ilse Varga, type: person}
facts:
  - {subject: lantern-keeper, predicate: director, object: Ilse Varga,
     sources: [%(mirror)s, %(trade)s, %(wiki)s]}
  - {subject: lantern-keeper, predicate: runtime, object: 101 min, sources: [%(self)s]}
complete:
  - {predicate: director, subject: lantern-keeper}
"""
SELF = "https://www.harbourpost.example/reviews/the-lantern-keeper-a-quiet-triumph"


def _kb(tmp_path):
    d = tmp_path / "sheets"
    d.mkdir()
    (d / "lantern.yaml").write_text(SHEET % {"mirror": MIRRORS[0], "trade": TRADE,
                                             "wiki": WIKI, "self": SELF}, encoding="utf-8")
    out = tmp_path / "kb.sqlite"
    compile_factsheets([d], out)
    return out


def _claims(report, predicate):
    return [c for c in report.claims if c.predicate == predicate]


def test_report_cites_the_best_source_and_keeps_all(tmp_path):
    kb = _kb(tmp_path)
    text = "The Lantern Keeper was directed by Ilse Varga."
    report = reelcheck.check(Document(id="a", text=text, url="https://elsewhere.example/a"),
                             kb=str(kb))
    [c] = _claims(report, "director")
    assert c.verdict == "supported"
    ev = c.evidence[0]
    assert ev.source == TRADE                      # not the mirror listed first in the sheet
    assert ev.sources == [TRADE, WIKI, MIRRORS[0]]
    d = report.to_dict()
    got = [e for cl in d["claims"] for e in cl["evidence"] if e.get("fact_id")]
    assert got[0]["source"] == TRADE and got[0]["sources"] == [TRADE, WIKI, MIRRORS[0]]


def test_an_article_never_supports_itself(tmp_path):
    kb = _kb(tmp_path)
    text = "The Lantern Keeper runs 101 minutes."
    other = reelcheck.check(Document(id="b", text=text, url="https://elsewhere.example/b"),
                            kb=str(kb))
    [c] = _claims(other, "runtime")
    assert c.verdict == "supported" and c.evidence[0].source == SELF
    # the same text checked as the page the fact was taken from: no evidence left
    mine = reelcheck.check(Document(id="c", text=text, url=SELF + "/?utm_source=rss"),
                           kb=str(kb))
    [c] = _claims(mine, "runtime")
    assert c.verdict == "not_enough_info"
    assert all(e.source is None or not e.source.startswith(SELF) for e in c.evidence)
    assert "article itself" in c.explanation
