"""A reporting verb in the passive with no one doing the reporting ("It is widely believed
that ...", "it was claimed that ...") presents its clause as hearsay: the claim is hedged. A
named reporter, or a verb that is no hearsay verb ("announced"), is not. Sentences written
for these tests."""
from __future__ import annotations

import reelcheck


def _hedged(text, kb):
    return [c.hedged for c in reelcheck.check(text, kb=kb).claims]


def test_an_agentless_passive_report_is_hearsay(default_kb):
    assert _hedged("It is widely believed that Anora premiered at Venice.", default_kb) == [True]
    assert _hedged("It was claimed that Anora won seven Oscars.", default_kb) == [True]
    assert _hedged("It has been reported that Sean Baker wrote Anora.", default_kb) == [True]


def test_a_named_reporter_or_an_announcement_is_not(default_kb):
    assert _hedged("It was reported by Variety that Sean Baker wrote Anora.",
                   default_kb) == [False]
    assert _hedged("It was announced that Anora won the Palme d'Or.", default_kb) == [False]
