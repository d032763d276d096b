"""A crew title names its film with "behind" as it does with "of" ("the cinematographer
behind Anora, Jane Roe"): the film after the preposition is the credit's, and a name set off
after it holds the title (lexicon crew `title_preps`, claims/crew.py _title and _holders).
Sentences written for these tests; the facts are the default KB's Anora credits."""
from __future__ import annotations

import pytest

import reelcheck


def credits(text, kb, pred):
    return [(c.subject.id if c.subject else None,
             c.object.id if c.object and hasattr(c.object, "id") else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == pred]


@pytest.mark.parametrize("text, pred, who, verdict", [
    ("The cinematographer behind Anora, Drew Daniels, kept the lens close to every face.",
     "director_of_photography", "drew-daniels", "supported"),
    ("The editor behind Anora, Drew Daniels, trimmed every scene to the bone.",
     "film_editor", "drew-daniels", "refuted"),
    ("Red Rocket came first. The editor behind Anora, Sean Baker, kept the wedding "
     "sequence long.", "film_editor", "sean-baker", "supported"),
])
def test_a_title_behind_a_film_credits_the_name_set_off_after_it(default_kb, text, pred, who,
                                                                   verdict):
    assert credits(text, default_kb, pred) == [("anora-2024-film", who, verdict)]


def test_a_title_behind_something_that_is_no_film_credits_nothing(default_kb):
    text = "The producer behind the gala, Alex Coco, thanked the sponsors."
    assert credits(text, default_kb, "producer") == []
