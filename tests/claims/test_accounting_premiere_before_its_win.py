"""An order phrase that puts a film's world premiere before a win of it ("premiered at Cannes in
May 2019 before winning the Palme d'Or"), or the win after the premiere ("took the Palme after
premiering at Cannes"), is judged when the premiere's claim names the festival where the KB
holds the world premiere and a supported claim of the sentence tells the win: a film is first
shown, then wins (claims/accounting.py `_premiere_then_win`). A win put before the premiere
stays open. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb, preds=("premiere_date", "premiered_at")):
    got = reelcheck.check(text, kb=kb).claims
    return [c.verdict for c in got if c.predicate in preds], got


def test_a_premiere_before_its_win_is_decided(default_kb):
    for text in ("Bong Joon Ho's Parasite premiered at Cannes in May 2019 before winning the "
                 "Palme d'Or.",
                 "Parasite took the Palme d'Or after premiering at Cannes in May 2019."):
        got, claims = verdicts(text, default_kb)
        assert got and set(got) == {"supported"}, [(c.text, c.verdict, c.explanation)
                                                   for c in claims]


def test_the_wrong_year_still_refutes(default_kb):
    got, claims = verdicts("Bong Joon Ho's Parasite premiered at Cannes in May 2018 before "
                           "winning the Palme d'Or.", default_kb)
    assert "refuted" in got, [(c.text, c.verdict, c.explanation) for c in claims]


def test_a_win_before_the_premiere_is_not_supported(default_kb):
    got, claims = verdicts("Parasite took the Palme d'Or before premiering at Cannes in May 2019.",
                           default_kb, ("premiere_date", "premiered_at", "award_received"))
    assert "supported" not in got, [(c.text, c.verdict, c.explanation) for c in claims]
