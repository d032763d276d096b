"""A date inside a description set off beside a name ("Anora, the Palme d'Or winner of May 25,
2024, opens ...") is that description's time: it is never the day of the event the main verb
tells (here a release), and a wrong day for the release must not come from it. Sentences
written for this test; the default KB holds Anora's Palme d'Or night (May 25, 2024), its Cannes
premiere (May 21, 2024) and its UK release (November 1, 2024)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.predicate, c.verdict, c.object) for c in reelcheck.check(text, kb=kb).claims]


def test_the_prize_day_of_a_description_is_not_the_release_day(default_kb):
    got = _claims("Anora, the Palme d'Or winner of May 25, 2024, opens in UK cinemas this "
                  "week.", default_kb)
    assert ("release_date", "refuted", "May 25, 2024") not in got
    assert not [x for x in got if x[0] == "release_date"]
    assert all(v != "refuted" for _, v, _ in got)


def test_the_verbs_own_day_is_still_read_beside_the_description(default_kb):
    got = _claims("Anora, the Palme d'Or winner of May 25, 2024, opens in UK cinemas on "
                  "November 1, 2024.", default_kb)
    assert [x for x in got if x[0] == "release_date"] == [
        ("release_date", "supported", "November 1, 2024")]


def test_an_event_noun_of_the_description_keeps_its_own_place(default_kb):
    # the premiere is the description's: the release's country is not the premiere's place
    got = _claims("Anora, Sean Baker's Cannes premiere of May 21, 2024, opened in France on "
                  "October 30, 2024.", default_kb)
    assert ("premiere_date", "supported", "May 21, 2024") in got
    assert ("release_date", "supported", "October 30, 2024") in got
    got = _claims("Anora, Sean Baker's Cannes premiere of May 22, 2024, opened in France on "
                  "October 30, 2024.", default_kb)
    assert ("premiere_date", "refuted", "May 22, 2024") in got
    # a release noun set off beside the name is still that release
    assert _claims("Anora, a November 2024 release in the UK, played well.", default_kb) == [
        ("release_date", "supported", "November 2024")]
