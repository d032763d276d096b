"""A place that ends the phrase of whom one marries ("marries the heir of a tycoon in Reno"):
the parser hangs it on the phrase's last noun, but it may be where the wedding is. It is a slot
of the wedding claim (claims/plot.py `_trailing_place`): it confirms the story's wedding place,
and another place leaves the claim open (never refuted: it may be where the tycoon is), never
supported by the story's wedding elsewhere. Sentences are written for these tests; the facts
are the default KB's (in Anora, Ani and Vanya marry in Las Vegas)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. Soon Ani weds the heir of a tycoon in Moscow.",
     "not_enough_info"),
    ("Ani meets Vanya at the club. Soon Ani weds the heir of a tycoon in Atlantic City.",
     "not_enough_info"),
    ("Ani meets Vanya at the club. Soon Ani weds the heir of a tycoon in Las Vegas.",
     "supported"),
    # with no place, the story's wedding
    ("Ani meets Vanya at the club. Soon Ani weds the heir of a tycoon.", "supported"),
])
def test_a_place_at_the_end_of_whom_one_marries(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text
