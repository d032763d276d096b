"""A whole article in our own words: only the closing spam line is flagged, with exact spans."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from reelcheck.model import Document, Report

ARTICLE = """\
Sean Baker's Anora, a screwball tragedy set between Brighton Beach and Las Vegas, took the \
Palme d'Or at Cannes in 2024 (the festival's own page, https://www.festival-cannes.com/en/, \
lists the full jury). Mikey Madison plays Ani, a dancer who marries the son of a Russian \
oligarch on a whim; the second half turns into a long night of searching New York for him.

Critics at variety.com praised the 3.5-hour-feeling second act, although it runs 139 minutes. \
Neon, the U.S. distributor, kept it in cinemas for months, e.g. in St.Louis and Dr.Smith's \
favourite art house. Box office figures are in report.pdf, which our desk has not checked.

The cast list on en.wikipedia.org/wiki/Anora_(film) is longer than the one in the press kit. \
Anora.

Watch free movies on MyFlixer-to.online - no sign-up, HD, every new release!
"""


def test_only_the_spam_line_is_bad(find):
    links = find(ARTICLE)
    got = [(l.text, l.verdict) for l in links]
    assert got == [
        ("https://www.festival-cannes.com/en/", "ok"),
        ("variety.com", "ok"),
        ("en.wikipedia.org/wiki/Anora_(film)", "ok"),
        ("Watch free movies on MyFlixer-to.online", "piracy"),
    ]
    bad = links[-1]
    assert bad.start == ARTICLE.index("Watch free movies")
    assert bad.end == ARTICLE.index(" - no sign-up")
    assert bad.domain == "myflixer-to.online"
    assert "imitates myflixer.to" in bad.reason
    assert "call to action" in bad.reason
    assert "(rule: piracy-lookalike)" in bad.reason


def test_links_fit_the_report_contract(find):
    schema_path = (Path(__file__).resolve().parents[2] / "src" / "reelcheck" / "report"
                   / "report.schema.json")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    report = Report(document=Document(id="a", text=ARTICLE), links=find(ARTICLE))
    data = report.to_dict()
    jsonschema.validate(data, schema)
    assert data["summary"]["bad_links"] == 1
    for link in data["links"]:
        s, e = link["span"]
        assert ARTICLE[s:e] == link["text"]


def test_shared_content_farm_example_ends_in_piracy(find):
    """The lead's sample scraped article, when ../shared is present beside the project."""
    import pytest
    path = Path(__file__).resolve().parents[3] / "shared" / "examples" / "content-farm-article.txt"
    if not path.is_file():
        pytest.skip("../shared examples not present")
    text = path.read_text(encoding="utf-8")
    links = find(text)
    assert links, "the closing call to action should be found"
    assert links[-1].verdict == "piracy"
    assert links[-1].domain == "myflixer-to.online"
    assert all(l.verdict == "piracy" for l in links if l.domain == "myflixer-to.online")
