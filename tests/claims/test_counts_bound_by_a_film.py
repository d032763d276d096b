"""A count on a verb bounded by a film ("had been up for Best Director four times before
The Aviator") counts up to that film's night, as a count bounded by an event noun ("before
her win") does: the whole record's larger total must not refute it (claims/awards/: the
event bound takes a film or work argument too). Sentences are written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _rows(rep):
    return [(c.verdict, c.text, c.explanation) for c in rep.claims]


def test_a_count_before_a_film_is_not_refuted_by_the_whole_record(default_kb):
    rep = reelcheck.check("At the Academy Awards, Martin Scorsese had been nominated for best "
                          "director four times before The Aviator.", kb=default_kb)
    assert all(v != "refuted" for v, _t, _e in _rows(rep)), _rows(rep)


def test_a_count_before_an_event_noun_stays_bounded(default_kb):
    rep = reelcheck.check("At the Academy Awards, Martin Scorsese had been nominated for best "
                          "director five times before his first win.", kb=default_kb)
    assert all(v != "refuted" for v, _t, _e in _rows(rep)), _rows(rep)


def test_a_count_with_no_bound_is_still_judged_in_full(default_kb):
    rep = reelcheck.check("At the Academy Awards, Martin Scorsese has been nominated for best "
                          "director four times.", kb=default_kb)
    got = [r for r in _rows(rep) if "four" in r[1]]
    assert got and got[0][0] == "refuted" and "10" in got[0][2], _rows(rep)
