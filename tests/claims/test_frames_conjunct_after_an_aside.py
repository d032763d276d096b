"""A verb the parser coordinates with the relative clause of an aside set off by commas ("X
won A in 1955, the first year the prize had that name, and went on to win B") continues the
clause the aside hangs on: its subject is that clause's (claims/frames.py `_aside_conjunct`).
Sentences written for this test; the default KB holds Marty's Palme d'Or (1955) and its four
Oscars at the 28th Academy Awards."""
from __future__ import annotations

import reelcheck

ASIDE = "Marty won the Palme d'Or in 1955, the first year the prize carried that name, and went "


def counts(text, kb):
    return [(c.verdict, c.subject.id if c.subject else None)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_the_verb_after_the_aside_is_said_of_the_main_subject(default_kb):
    assert counts(ASIDE + "on to win four Oscars.", default_kb) == [("supported", "marty-1955-film")]


def test_a_wrong_count_after_the_aside_is_refuted(default_kb):
    assert counts(ASIDE + "on to win six Oscars.", default_kb) == [("refuted", "marty-1955-film")]
