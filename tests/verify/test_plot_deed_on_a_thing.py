"""A deed of the story done to a thing ("gives back Ani's ring"): the thing is a slot the KB's
fact must name, whom the deed is done to is the thing's owner, and a particle verb tells the
deed only with its particle ("gives back", not "gives"). Said of the ending, another doer is
refuted by the ending's fact. Sentences are written for these tests; the fact is the default
KB's (at the end Igor drives Ani home and returns her wedding ring)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def plot(text, kb):
    return [(c.verdict, c.text) for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("wrong, right", [
    ("In the end, Garnick gives back Ani's ring.", "In the end, Igor gives back Ani's ring."),
    ("In the final scene, Toros hands Ani back her wedding ring.",
     "In the final scene, Igor returns Ani's wedding ring."),
    ("At the close of the film, Toros returns Ani's ring.",
     "At the close of the film, Igor returns Ani's ring."),
])
def test_the_endings_return_is_judged_by_its_doer(wrong, right, default_kb):
    got = plot(wrong, default_kb)
    assert [v for v, _t in got] == ["refuted"], (wrong, got)
    assert "ring" in got[0][1] and "Igor" in after_lead(
        wrong, default_kb, lambda c: c.category == "plot")[0].explanation
    got = plot(right, default_kb)
    assert [v for v, _t in got] == ["supported"], (right, got)


def test_another_thing_is_no_return_the_ending_tells(default_kb):
    # the ending's fact returns a ring: returning a phone is another deed, left open
    got = plot("In the final scene, Toros returns Ani's phone.", default_kb)
    assert got and all(v == "not_enough_info" for v, _t in got), got
