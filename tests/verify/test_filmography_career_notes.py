"""A person's career note that the KB files under filmography, about a work, is a credit on that
work as a credit fact is ("Anora is his second film with Baker after Red Rocket": Drew Daniels
worked on Red Rocket) (verify/filmography.py `_career_notes`). Sentences written for these
tests; the notes are the default KB's."""
from __future__ import annotations

import pytest

from tests.helpers.credit_claims import credits


@pytest.mark.parametrize("text, who, work", [
    ("Drew Daniels, whose credits include Red Rocket, lit Anora in warm reds.", "drew-daniels",
     "red-rocket"),
    ("Samantha Quan's credits include The Florida Project.", "samantha-quan",
     "the-florida-project"),
])
def test_a_filmography_note_about_the_work_is_a_credit(default_kb, text, who, work):
    assert (who, work, "supported") in credits(text, default_kb)


def test_a_note_about_another_work_says_nothing(default_kb):
    assert credits("Drew Daniels's credits include Tangerine.", default_kb) == [
        ("drew-daniels", "tangerine", "not_enough_info")]
