"""An HTML page's hyperlinks are checked where their words are in the article text: a page that
says "grab it here" and links the words to a torrent index is caught, whatever the words say.
The page is written for these tests; the domains are the shipped lists' (1337x is a known
piracy brand; theguardian.com is on the allow-list)."""
from __future__ import annotations

import reelcheck
from reelcheck.ingest import from_bytes, from_html

PAGE = """<html><head><title>Anora at home</title></head><body><article>
<h1>Where to see Anora this winter</h1>
<p>Sean Baker's Anora won the Palme d'Or at Cannes in 2024 and went on to a long run in
cinemas. Our critic's full review is on <a href="https://www.theguardian.com/film/anora">the
Guardian's film pages</a>, and the screenplay is discussed at length elsewhere.</p>
<p>Can't wait for the disc? Grab the whole film in HD <a href="https://1337x.to/torrent/55/anora">right
here</a> before it disappears. Or browse <a href="/reviews">our other reviews</a>.</p>
</article><footer><a href="https://casino-spins-bonus.xyz/">Spin to win</a></footer></body></html>"""


def links_of(doc, kb):
    return [(doc.text[x.start:x.end], x.domain, x.verdict)
            for x in reelcheck.check(doc, kb=kb).links]


def test_a_hyperlink_is_judged_by_where_it_goes_on_the_words_it_links(default_kb):
    doc = from_html(PAGE, doc_id="anora-home")
    got = links_of(doc, default_kb)
    assert ("right here", "1337x.to", "piracy") in got
    assert ("the Guardian's film pages", "theguardian.com", "ok") in got
    here = next(x for x in reelcheck.check(doc, kb=default_kb).links if x.domain == "1337x.to")
    assert "https://1337x.to/torrent/55/anora" in here.reason


def test_links_within_the_site_and_outside_the_article_text_are_left_out(default_kb):
    doc = from_html(PAGE, doc_id="anora-home")
    domains = {d for _t, d, _v in links_of(doc, default_kb)}
    assert "casino-spins-bonus.xyz" not in domains   # a footer the extractor left out
    assert all(d for d in domains)                     # "/reviews" is the site's own page
    # plain text has no hyperlinks: only what the words themselves say
    assert links_of(from_bytes(b"Grab the whole film right here.", name="a.txt"),
                    default_kb) == []


OFFER = """<html><head><title>Anora free?</title></head><body><article>
<h1>Is Anora streaming anywhere?</h1>
<p>Anora is on Hulu in the United States. Some sites promise more: <a
href="https://123movies-zone.cc/watch/anora">watch Anora free in HD right now</a>, one
shouts, and another offers the file itself as <a href="magnet:?xt=urn:btih:0a1b2c3d">Anora
2024 1080p WEB</a>. Neither is a licensed service.</p>
</article></body></html>"""


def test_a_call_to_action_that_links_somewhere_is_judged_by_where_it_goes(default_kb):
    # the words alone make a call to action with no site (spam); the hyperlink on them names
    # a piracy brand, and that is what the editor sees, once
    doc = from_html(OFFER, doc_id="anora-free")
    got = [x for x in reelcheck.check(doc, kb=default_kb).links if "free" in x.text]
    assert [(x.domain, x.verdict) for x in got] == [("123movies-zone.cc", "piracy")]


def test_a_magnet_link_is_piracy(default_kb):
    doc = from_html(OFFER, doc_id="anora-free")
    got = [x for x in reelcheck.check(doc, kb=default_kb).links if "1080p" in x.text]
    assert [x.verdict for x in got] == ["piracy"] and "magnet" in got[0].reason
