"""A premiere said to be the world premiere ("its world premiere at Telluride") is the film's
one first showing: a later screening the KB holds at that festival does not make it so, and
the KB's world premiere elsewhere refutes it. A plain "premiered at" may be a regional
premiere and stays open.

Sentences are written for these tests; the facts are the default KB's (Anora: world premiere
at the 77th Cannes Film Festival, later shown at Telluride and Toronto)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiered_at"]


def test_a_world_premiere_at_a_festival_of_a_later_screening_is_refuted(default_kb):
    assert premieres("Sean Baker's comedy Anora had its world premiere at Telluride in "
                     "the autumn.", default_kb) == ["refuted"]
    # "premiered at" alone may be the region's first showing
    assert premieres("Sean Baker's comedy Anora premiered at Telluride.",
                     default_kb) == ["not_enough_info"]
    assert premieres("Sean Baker's comedy Anora had its world premiere at Cannes.",
                     default_kb) == ["supported"]
