"""An arrival of the story's people ("Igor and Garnick arrive at the mansion"): a deed of
`plot.deeds` whose verb takes no object (`intransitive`): its subject, characters named by
name, must be among the KB's arrival fact's people, and a noun of where it is done ("at the
mansion") among the fact's words. Before this such a sentence formed no claim. Never refuted
(the story holds other arrivals: Toros comes to the mansion later). Sentences written for these
tests; in the KB's story Garnick and Igor arrive at the mansion while Vanya and Ani are there."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("true,mutant", [
    ("Igor and Garnick arrive at the mansion.", "Toros and Igor arrive at the mansion."),
    ("That morning Igor arrives at the mansion with Garnick.",
     "That morning Igor arrives at the casino with Garnick."),
    ("Igor arrives at the mansion while the newlyweds are still asleep.",
     "Nikolai arrives at the mansion while the newlyweds are still asleep."),
])
def test_the_arrival_is_judged_by_who_and_where(true, mutant, default_kb):
    got = plot_readings(true, default_kb)
    assert any("arrive" in t for t in supported_texts(got)), got
    got = plot_readings(mutant, default_kb)
    assert not any("arrive" in t for t in supported_texts(got)), got
    assert not any(v == "refuted" for v, _t in got), got
