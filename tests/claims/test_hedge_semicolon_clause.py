"""A hedging adverb covers its own clause; a clause a semicolon parts from it is told as fact,
though the parser may hang that clause on the hedged verb as its complement ("X won in 2025;
he was reportedly the youngest ..."). Sentences are written for these tests; facts are the
default KB's (Anora won Best Picture at the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def _by_text(text, kb):
    return {c.text: c.hedged for c in reelcheck.check(text, kb=kb).claims}


def test_a_clause_before_the_semicolon_is_not_hedged(default_kb):
    got = reelcheck.check("Anora won Best Picture at the 97th Academy Awards; its star was "
                          "reportedly in tears backstage.", kb=default_kb).claims
    win = [c for c in got if c.text.startswith("Anora won")]
    assert win and not any(c.hedged for c in win), [(c.text, c.hedged) for c in got]


def test_the_hedged_clause_itself_stays_hedged(default_kb):
    got = reelcheck.check("The crew partied all night; Anora reportedly won Best Picture at "
                          "the 97th Academy Awards.", kb=default_kb).claims
    win = [c for c in got if "Best Picture" in c.text]
    assert win and all(c.hedged for c in win), [(c.text, c.hedged) for c in got]
