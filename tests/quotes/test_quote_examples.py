"""The two starting articles in ../shared/examples (third-party text, read at test time and
never copied here): every quote goes to the person the text names, and a one-word scare quote
is not a quote. Skipped when ../shared is not there (a user's clone)."""
from __future__ import annotations

from pathlib import Path

import pytest

import reelcheck
from reelcheck.quotes.extract import word_count

EX = Path(__file__).resolve().parents[3] / "shared" / "examples"
pytestmark = pytest.mark.skipif(not EX.is_dir(), reason="no ../shared/examples")


def quotes(name, default_kb):
    text = (EX / name).read_text(encoding="utf-8")
    return text, reelcheck.check(text, kb=default_kb).quotes


def first_quote_after(text, qs, name):
    """The first quote that opens after the last place `name` is written outside quotes."""
    inside = [(q.start, q.end) for q in qs]
    pos = max(i for i in range(len(text)) if text.startswith(name, i)
              and not any(s <= i < e for s, e in inside))
    return next(q for q in qs if q.start > pos)


def test_festival_report_credits_the_actor_named_before_his_quote(default_kb):
    text, qs = quotes("festival-report.txt", default_kb)
    q = first_quote_after(text, qs, "Karagulian")
    assert q.speaker and q.speaker.id == "karren-karagulian"
    # every top-level quote names a speaker the text gives
    assert all(q.speaker for q in qs if not any(o.start < q.start and q.end < o.end for o in qs))


def test_content_farm_credits_the_actor_named_in_the_sentence_before(default_kb):
    text, qs = quotes("content-farm-article.txt", default_kb)
    q = first_quote_after(text, qs, "Eydelshteyn")
    assert q.speaker and q.speaker.id == "mark-eydelshteyn"
    assert not [q.text for q in qs if word_count(q.text) == 1]      # no scare quote
