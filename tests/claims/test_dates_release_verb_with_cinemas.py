"""A verb that is a premiere at a festival ("bowed", "debuted") is a release when cinemas are
its venue ("bowed in French cinemas on ..."): the date is checked against that country's
release, and a wrong one is refuted. At a festival it stays a premiere; on a medium it is no
theatrical date at all. Sentences written for this test; Anora opened in France on
2024-10-30 and in the UK on 2024-11-01, and premiered at Cannes on 2024-05-21."""
from __future__ import annotations

import reelcheck


def _dates(text, kb):
    return [(c.predicate, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "date"]


def test_festival_word_with_cinemas_is_a_release(default_kb):
    got = _dates("Anora bowed in French cinemas on 6 November 2024.", default_kb)
    assert [(p, v) for p, v, _ in got] == [("release_date", "refuted")]
    assert "October 30, 2024" in got[0][2]
    got = _dates("The film debuted in UK theaters on November 1, 2024, after Anora's Cannes win.",
                 default_kb)
    assert all(v != "refuted" for _p, v, _ in got)
    assert _dates("Anora debuted in British cinemas on 1 November 2024.", default_kb)[0][:2] == \
        ("release_date", "supported")


def test_festival_word_at_a_festival_or_on_a_medium_is_no_release(default_kb):
    got = _dates("Anora bowed at Cannes on 23 May 2024.", default_kb)
    assert [p for p, _v, _e in got] == ["premiere_date"]
    assert all(v != "refuted" for _p, v, _ in
               _dates("Anora debuted on streaming on 8 November 2024.", default_kb))
