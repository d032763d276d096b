"""A fronted "In the role of X," (claims/cast.py `_roles`, `_taken_part`): set off before the
clause, it is said of the clause's subject whatever object the verb has ("In the role of Igor,
Jane Roe steals every scene"), and a name the parser hangs on the part as its apposition ("In
the role of Ani, Jane Roe is a revelation") is that subject, not the part's name."""
from __future__ import annotations

import reelcheck


def _cast(kb, text):
    return [(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"]


def test_fronted_role_phrase_on_a_verb_with_an_object(default_kb):
    assert _cast(default_kb, "And in the role of Igor, Yura Borisov steals every "
                             "scene he is in.") == [("igor", "supported")]
    assert ("igor", "refuted") in _cast(default_kb, "And in the role of Igor, Karren "
                                                    "Karagulian steals every scene he is in.")


def test_fronted_role_phrase_on_a_copula(default_kb):
    assert _cast(default_kb, "In the role of Ani, Mikey Madison is a revelation.") == [
        ("anora-mikheeva", "supported")]
    assert ("toros", "refuted") in _cast(default_kb, "In the part of Toros, Vache Tovmasyan "
                                                     "is frantic and very funny.")


def test_a_modal_clause_still_says_nothing(default_kb):
    assert _cast(default_kb, "In the role of Vanya, Mark Eydelshteyn might have been "
                             "better.") == []
