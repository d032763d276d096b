"""A name a letter off a KB film person's, in a sentence that tells of sport, is someone else
(issue #12, false flags on people the KB lacks): sport is told by pairs of words as well as
single ones ("second half", "free kick", "extra time"), and "scored" beside them is a goal, not
a film score. Half "of" something, or a film named in the sentence, keeps the slip read."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


@pytest.mark.parametrize("text", [
    "Anora is streaming now. Sean Bakker equalised from a free kick deep in extra time.",
    "Anora is streaming now. Sean Bakker scored twice in the first half at the weekend.",
    "Dune is back in IMAX. Dennis Villeneuve came on at halftime for the hosts.",
])
def test_near_name_in_a_sport_sentence_is_someone_else(default_kb, text):
    assert _flags(default_kb, text) == []


@pytest.mark.parametrize("text, wrong, right", [
    ("Anora is streaming now. In the first half of Anora, Sean Bakker keeps the camera moving.",
     "Sean Bakker", "Sean Baker"),
    ("Dune is back in IMAX. In the second half of the picture Dennis Villeneuve slows down.",
     "Dennis Villeneuve", "Denis Villeneuve"),
])
def test_half_of_a_film_keeps_the_slip(default_kb, text, wrong, right):
    assert _flags(default_kb, text) == [(wrong, right)]
