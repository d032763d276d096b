"""A prize or nomination that a verb of wishing, expecting or deserving takes as its object ("X
deserved a Best Director nomination", "hoped for a Best Picture win") did not come about as
told: an opinion or a hope, never refuted (it had been refuted against the film's nominations).
A nomination a verb of getting takes is still a claim. Sentences are written for these tests;
facts are the default KB's (Barbie: no Best Director nomination at the 96th Academy Awards;
Lady Bird: Greta Gerwig nominated for Best Director at the 90th)."""
from __future__ import annotations

import reelcheck


def test_a_deserved_nomination_is_no_claim(default_kb):
    for text in ("Many critics felt Greta Gerwig deserved a Best Director nomination for "
                 "Barbie at the 96th Academy Awards.",
                 "Barbie hoped for a Best Picture win at the 96th Academy Awards."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert not [c for c in got if c.verdict == "refuted"], \
            [(c.text, c.verdict, c.explanation) for c in got]


def test_a_received_nomination_is_still_checked(default_kb):
    got = reelcheck.check("Greta Gerwig received a Best Director nomination for Lady Bird at "
                          "the 90th Academy Awards.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.verdict) for c in got]
