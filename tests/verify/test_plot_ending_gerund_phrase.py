"""A deed told in a gerund phrase on another deed of the story's ending ("The film closes with
Igor handing back the ring after driving Ani home"): the phrase shares its verb's moment
(claims/plot.py `_at_end` through `_phrase_governor`), and its doer is that verb's subject
(the gerund has none of its own). Where a journey's place hangs on the deed ("driving her back
to X"), the deed's fact does not tell it: the ending's journey home judges it. Before this, such
a deed was supported by the ending's fact whoever drove and wherever to. Sentences written for
these tests; in the KB's story Igor drives Ani home (Brighton Beach) at the end."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


def drive_supported(text, kb):
    got = plot_readings(text, kb)
    assert not any(v == "refuted" and "Igor" in t for v, t in got), got
    return any("driv" in t for t in supported_texts(got))


@pytest.mark.parametrize("true,mutant", [
    ("The film closes with Igor handing back the ring after driving Ani home.",
     "The film closes with Toros handing back the ring after driving Ani home."),
    ("The film closes with Igor handing back the ring after driving Ani back to Brighton Beach.",
     "The film closes with Toros handing back the ring after driving Ani back to Brighton Beach."),
    ("The movie ends with Igor returning the ring after driving her back to Brighton Beach.",
     "The movie ends with Igor handing Ani her ring after driving her back to Mill Basin."),
    ("The story concludes with Igor returning the ring after driving Ani back to Brighton Beach.",
     "The story concludes with Igor returning the ring after driving Ani back to Manhattan."),
])
def test_the_drive_in_the_phrase_is_judged_by_doer_and_place(true, mutant, default_kb):
    assert drive_supported(true, default_kb), plot_readings(true, default_kb)
    assert not drive_supported(mutant, default_kb), plot_readings(mutant, default_kb)


def test_another_doer_in_the_phrase_is_refuted(default_kb):
    got = plot_readings("The film closes with Toros handing back the ring after driving Ani "
                        "home.", default_kb)
    assert any(v == "refuted" and "driv" in t for v, t in got), got
