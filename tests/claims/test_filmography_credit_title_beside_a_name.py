"""A credit noun that a title modifies, set beside a name, credits that person with the work:
"Anora star Jane Roe", "Anora's star Jane Roe", "Jane Roe, Anora's star", "Anora actor John Doe"
(lexicon filmography `credit_titles`; claims/filmography.py `_titled`). "The star of X" set
beside an object is that object's credit, not the clause subject's. Sentences written for these
tests; the credits are the default KB's."""
from __future__ import annotations

import pytest

from tests.helpers.credit_claims import credits


@pytest.mark.parametrize("text, who, work, verdict", [
    ("Anora star Mikey Madison hosted a late-night show.", "mikey-madison", "anora-2024-film",
     "supported"),
    ("Anora's star Mikey Madison hosted a late-night show.", "mikey-madison",
     "anora-2024-film", "supported"),
    ("Mikey Madison, Anora's star, hosted a late-night show.", "mikey-madison",
     "anora-2024-film", "supported"),
    ("Anora actor Yura Borisov lives in Moscow.", "yura-borisov", "anora-2024-film",
     "supported"),
    ("Scream star Mikey Madison plays Ani.", "mikey-madison", "scream-2022-film", "supported"),
    ("Tangerine star Mikey Madison hosted a late-night show.", "mikey-madison", "tangerine",
     "not_enough_info"),
])
def test_a_credit_title_credits_the_name_beside_it(default_kb, text, who, work, verdict):
    assert (who, work, verdict) in credits(text, default_kb)


@pytest.mark.parametrize("text, who, work, verdict", [
    ("Sean Baker praised Mikey Madison, the star of Anora.", "mikey-madison",
     "anora-2024-film", "supported"),
    ("Sean Baker praised Yura Borisov, the star of Tangerine.", "yura-borisov", "tangerine",
     "not_enough_info"),
])
def test_the_star_of_a_work_beside_an_object_is_the_object_s_credit(default_kb, text, who,
                                                                      work, verdict):
    assert credits(text, default_kb) == [(who, work, verdict)]
