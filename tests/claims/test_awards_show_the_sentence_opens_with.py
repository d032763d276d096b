"""'At the Oscars, X, a winner for Y, spoke first': a prize noun naming no show, set beside a
name, takes the show the sentence's opening phrase names as its scene when the passage has
named none yet, as a reading that may support but never refute (the person may have won for
that work at another show). Sentences written for these tests; the facts are the default KB's
(97th Academy Awards: Kieran Culkin best supporting actor for A Real Pain; Demi Moore
nominated for The Substance, lost to Mikey Madison; BAFTA: Culkin supporting actor)."""
from __future__ import annotations

import reelcheck


def awards(text, kb, who):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award" and c.slots.get("subject") == who]


def test_a_winner_noun_takes_the_show_the_sentence_opens_with(default_kb):
    for opening in ("At the 97th Academy Awards", "At the Oscars"):
        got = awards(f"{opening}, Kieran Culkin, a winner for A Real Pain, spoke first.",
                     default_kb, "kieran-culkin")
        assert [v for v, _ in got] == ["supported"], (opening, got)
        assert "Academy Award for Best Supporting Actor" in got[0][1]
    got = awards("At the BAFTAs, Kieran Culkin, a winner for A Real Pain, spoke first.",
                 default_kb, "kieran-culkin")
    assert [v for v, _ in got] == ["supported"], got
    assert "BAFTA" in got[0][1]


def test_the_opening_show_never_refutes_the_description(default_kb):
    # wrong work: left open; a winner elsewhere for the work (Moore's Globe): not refuted
    got = awards("At the 97th Academy Awards, Kieran Culkin, a winner for Anora, spoke first.",
                 default_kb, "kieran-culkin")
    assert [v for v, _ in got] == ["not_enough_info"], got
    got = awards("At the 97th Academy Awards, Demi Moore, a winner for The Substance, lost.",
                 default_kb, "demi-moore")
    assert got and all(v != "refuted" for v, _ in got), got
