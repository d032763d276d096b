"""A company that opens a film is not a festival opening: the day it opened the film is never
checked against the festival a fronted phrase names ("After its win at Cannes in May 2024,
Neon opened it on October 18"), and an edition named under "after" or "before" is no edition
the clause's verb dates. Sentences written for this test."""
from __future__ import annotations

import reelcheck


def test_a_company_opening_a_film_is_not_the_festival_opening(default_kb):
    for text in ("Following its big win at Cannes in May 2024, Neon opened it in New York on "
                 "October 18, 2024.",
                 "After a prize at Cannes in May 2024, Neon opened it on six screens on "
                 "October 18, 2024."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert not [c for c in got if c.verdict == "refuted"], [c.explanation for c in got]
    # the festival's own opening is still read, and a wrong day refuted
    got = reelcheck.check("The 77th Cannes Film Festival opened on May 16, 2024.",
                          kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"]
