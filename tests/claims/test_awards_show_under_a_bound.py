"""A show named under a preposition that bounds the clause by another event ("Before the
Oscars, X had won ... at the Critics Choice Awards") is that other event, not the win's show.
Sentences written for these tests; the facts are the default KB's (Anora: Best Picture at the
30th Critics Choice Awards and at the 97th Academy Awards; Demi Moore: Best Actress at the
Golden Globes, nominated for it at the Oscars)."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_the_show_of_the_at_phrase_is_the_win_s_not_the_bound_s(default_kb):
    got = wins("Before the Oscars, Anora had already won Best Picture at the Critics Choice "
               "Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Critics Choice" in got[0].explanation and "Academy" not in got[0].explanation


def test_a_bound_show_gives_the_win_no_show_of_its_own(default_kb):
    # Demi Moore did not win the Oscar; "before the Oscars" says her win was elsewhere
    got = wins("Before the Oscars, Demi Moore had won best actress for The Substance.",
               default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_an_adverb_heading_the_bound_preposition_bounds_as_well(default_kb):
    # "ahead of" / "prior to": the parser hangs the preposition on the adverb; the Oscars
    # named there are still another event than the win's (Moore lost the Oscar, won the Globe)
    got = wins("Prior to the Oscars, Demi Moore picked up Best Actress at the Golden Globes.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Golden Globe" in got[0].explanation
    got = wins("Well ahead of the Oscars, Demi Moore took home Best Actress at the SAG Awards.",
               default_kb)
    assert got and all(c.verdict != "refuted" for c in got)
    assert all("Academy" not in c.explanation for c in got)


def test_a_prize_noun_said_under_the_bound_keeps_its_own_show(default_kb):
    # "Following her BAFTA win": the bound is the frame of "win" itself, whose show is the
    # BAFTAs, not the Oscars of the main clause (Madison won both)
    got = [c for c in reelcheck.check("Following her BAFTA triumph, Madison won Best Actress "
                                      "at the Oscars.", kb=default_kb).claims
           if c.slots.get("kind") == "award"]
    assert got and all(c.verdict != "refuted" for c in got)
    noun = [c for c in got if "BAFTA" in c.text]
    assert noun and "78th British Academy" in noun[0].explanation
