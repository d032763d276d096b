"""A pro-verb after a clause that named its winner as the receiver ("X earned A the Oscar, and
Y did the same for B"): Y is the film, B the winner -- a true sentence is supported, and a
second clause that names the first clause's winner again is not.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import awards


def test_the_person_after_for_is_the_pro_verb_s_winner(default_kb):
    got = awards("Nomadland earned Chloé Zhao the Oscar for Best Director, and The Power of the "
                 "Dog did the same for Jane Campion a year later.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert got[1].slots.get("subject") == "jane-campion"


def test_the_first_winner_again_is_not_supported(default_kb):
    got = awards("Nomadland earned Chloé Zhao the Oscar for Best Director, and The Power of the "
                 "Dog did the same for Chloé Zhao a year later.", default_kb)
    assert got[0].verdict == "supported"
    assert got[1].verdict != "supported" and got[1].slots.get("subject") == "chloe-zhao"
