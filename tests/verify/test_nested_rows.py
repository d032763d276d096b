"""A claim whose words sit inside another claim's, in the same clause, states a part of the
same statement: the date of a premiere and the festival it was at are one row, refuted when
the festival is wrong, however the clause's subject is written. Sentences are written for
these tests; the facts are the default KB's (Anora's world premiere: Cannes, May 21, 2024)."""
from __future__ import annotations

import reelcheck


def rows(text, kb):
    return [(c.category, c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims]


def test_a_right_day_at_the_wrong_festival_is_not_supported_on_its_own(default_kb):
    for text in ("Sean Baker's new picture Anora is out now. It premiered at the Locarno "
                 "Film Festival on May 21, 2024, to warm applause.",
                 "The film Anora had its premiere at Sundance on May 21, 2024."):
        got = [r for r in rows(text, default_kb) if r[0] in ("date", "festival")]
        assert got and all(v != "supported" for _, v, _ in got), (text, got)
        assert any(v == "refuted" for _, v, _ in got), (text, got)


def test_separate_clauses_stay_separate_rows(default_kb):
    got = rows("Anora premiered on May 21, 2024, and it won the Palme d'Or at the Locarno "
               "Film Festival.", default_kb)
    assert any(v == "supported" and cat == "date" for cat, v, _ in got), got
