"""A cast list verb whose subject is a relative pronoun ("a cast that includes A and B", "the
cast of X, which includes A") lists the cast its clause is of: each name is in the cast of the
film the cast noun is of, or of the film in focus. Sentences written for these tests; facts
from the default KB (Yura Borisov is in Anora's cast, Kieran Culkin is not)."""
from __future__ import annotations

import reelcheck


def members(text, kb):
    return [(c.slots.get("subject"), c.slots.get("work"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_a_cast_that_includes(default_kb):
    got = members("Anora opened in Cannes. Mikey Madison leads a cast that includes Yura "
                  "Borisov and Kieran Culkin.", default_kb)
    assert ("yura-borisov", "anora-2024-film", "supported") in got
    assert ("kieran-culkin", "anora-2024-film", "not_enough_info") in got


def test_the_cast_of_a_named_film_which_includes(default_kb):
    got = members("Mikey Madison leads the cast of Anora, which includes Yura Borisov.",
                  default_kb)
    # (the one who leads the cast is in it too: cast.joining_verbs)
    assert got == [("mikey-madison", "anora-2024-film", "supported"),
                   ("yura-borisov", "anora-2024-film", "supported")]
