"""ClaimReview you can publish: each review's `url` is the publishing page plus the claim's
fragment (`--review-url`, `[reviewer] review_url`); the article's URL is where the claim appeared.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reelcheck.config import Config, load_config
from reelcheck.model import Claim, Document, Report
from reelcheck.report import render

ROOT = Path(__file__).resolve().parents[2]
DESK = "https://desk.example.com/checks/anora-night"
ARTICLE_URL = "https://news.example.com/stories/anora-night"
TEXT = ("Sean Baker directed Anora. Yura Borisov won the Oscar for Best Supporting Actor "
        "for Anora.\n")


def test_review_url_gives_each_review_its_own_fragment(sample_report):
    out = json.loads(render(sample_report, "claimreview", config=Config(review_url=DESK)))
    assert [o["url"] for o in out] == [f"{DESK}#{c.id}" for c in sample_report.claims]
    assert len({o["url"] for o in out}) == len(out)
    for o in out:
        item = o["itemReviewed"]
        assert item["appearance"][0]["url"] == sample_report.document.url
        assert item["firstAppearance"]["url"] == sample_report.document.url


def test_claims_without_ids_get_numbered_fragments():
    text = "Anora won a prize. Anora ran for two hours."
    report = Report(Document("d", text), [Claim("", 0, 18, text[:18], "award",
                                                verdict="supported"),
                                          Claim("", 19, len(text), text[19:], "runtime",
                                                verdict="refuted")])
    out = json.loads(render(report, "claimreview", config=Config(review_url=DESK + "#top")))
    assert [o["url"] for o in out] == [f"{DESK}#c1", f"{DESK}#c2"]
    assert all("appearance" not in o["itemReviewed"] for o in out)  # no article URL known


@pytest.mark.parametrize("bad", ["desk.example.com/page", "javascript:alert(1)",
                                 "ftp://desk.example.com/x", "https://"])
def test_a_review_url_that_is_not_http_is_refused(sample_report, bad):
    with pytest.raises(ValueError, match="absolute http"):
        render(sample_report, "claimreview", config=Config(review_url=bad))


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "reelcheck.cli", *args], capture_output=True,
                          cwd=cwd, env=dict(os.environ), timeout=120)


def test_cli_review_url_and_article_url(tmp_path):
    art = tmp_path / "night.txt"
    art.write_text(TEXT, encoding="utf-8")
    p = run(["check", str(art), "--format", "claimreview", "--url", ARTICLE_URL,
             "--review-url", DESK], tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    out = json.loads(p.stdout)
    assert len(out) >= 2
    assert [o["url"] for o in out] == [f"{DESK}#c{i}" for i in range(1, len(out) + 1)]
    for o in out:
        assert o["itemReviewed"]["appearance"][0]["url"] == ARTICLE_URL
        assert o["itemReviewed"]["firstAppearance"]["url"] == ARTICLE_URL


def test_cli_review_url_from_the_config(tmp_path):
    art = tmp_path / "night.txt"
    art.write_text(TEXT, encoding="utf-8")
    cfg = tmp_path / "reelcheck.toml"
    cfg.write_text(f'[reviewer]\nname = "Film Desk"\nreview_url = "{DESK}"\n', encoding="utf-8")
    assert load_config(str(cfg)).review_url == DESK
    p = run(["check", str(art), "--format", "claimreview", "--config", str(cfg)], tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    out = json.loads(p.stdout)
    assert out and all(o["url"].startswith(DESK + "#c") for o in out)
    assert all(o["author"]["name"] == "Film Desk" for o in out)


def test_cli_bad_review_url_is_one_line(tmp_path):
    art = tmp_path / "night.txt"
    art.write_text(TEXT, encoding="utf-8")
    p = run(["check", str(art), "--format", "claimreview", "--review-url", "not a url"],
            tmp_path)
    err = p.stderr.decode().strip()
    assert p.returncode == 2 and not p.stdout
    assert err.startswith("reelcheck: error:") and "review URL" in err and "\n" not in err
