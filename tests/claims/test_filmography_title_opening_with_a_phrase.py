"""A title whose first words the parser takes for a phrase of their own ("Once Upon a Time in
Hollywood": "Upon" a preposition) leaves the preposition before it with no object; that
preposition is the title's, so "best known for Once Upon a Time in Hollywood" credits its
holder as "known for Scream" does (claims/filmography.py `_attach`). And "got her start on the
series X" credits X through the noun the phrase hangs on (lexicon `credit_nouns`: start).
Sentences written for these tests; the credits are the default KB's."""
from __future__ import annotations

import pytest

from tests.helpers.credit_claims import credits


@pytest.mark.parametrize("text, who, work, verdict", [
    ("Mikey Madison, best known for Once Upon a Time in Hollywood, plays Ani.",
     "mikey-madison", "once-upon-a-time-in-hollywood", "supported"),
    ("Yura Borisov, best known for Once Upon a Time in Hollywood, plays Igor.",
     "yura-borisov", "once-upon-a-time-in-hollywood", "not_enough_info"),
    ("Mikey Madison got her start on the TV series Better Things.", "mikey-madison",
     "better-things", "supported"),
])
def test_the_credit_is_read(default_kb, text, who, work, verdict):
    assert (who, work, verdict) in credits(text, default_kb)
