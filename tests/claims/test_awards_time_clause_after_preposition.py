"""A clause a sequence preposition takes ("won the Palme before sweeping the Oscars") has its
own time: the year fronted before the main clause is the main clause's, not the later event's
(claims/awards/, _time_clause). Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims]


def test_the_later_event_does_not_take_the_fronted_year(default_kb):
    got = _claims("In 2019, Parasite took the Palme d'Or before sweeping the Oscars with four "
                  "wins.", default_kb)
    sweep = [g for g in got if "Oscars" in g[1]]
    assert sweep and all(v == "supported" for v, _t, _e in sweep), got


def test_a_wrong_count_after_the_preposition_is_still_refuted(default_kb):
    got = _claims("In 2019, Parasite took the Palme d'Or before sweeping the Oscars with six "
                  "wins.", default_kb)
    assert any(v == "refuted" and "4" in e for v, _t, e in got), got


def test_the_main_clause_keeps_its_fronted_year(default_kb):
    got = _claims("In 2018, Parasite took the Palme d'Or before sweeping the Oscars.",
                  default_kb)
    palme = [g for g in got if "Palme" in g[1] and "Oscars" not in g[1]]
    assert palme and palme[0][0] == "refuted", got
