"""A list of titles before a name ("writer, director and editor Jane Roe", "writer and
director Jane Roe", "writer-director Jane Roe") is a run of credits of the film in focus, not a
trade: each title a credit read in passing (support only), as a craft's title is
(claims/crew.py `_title_list`). Sentences written for these tests; the credits are the default
KB's."""
from __future__ import annotations

import pytest

import reelcheck


def credits(text, kb):
    return sorted((c.predicate, c.slots.get("person"), c.verdict)
                  for c in reelcheck.check(text, kb=kb).claims if c.category == "crew")


def told(text, kb) -> str:
    """The explanations of the supported crew claims (the titles of one name make one claim,
    each title's credit told in it)."""
    return " ".join(c.explanation for c in reelcheck.check(text, kb=kb).claims
                    if c.category == "crew" and c.verdict == "supported")


@pytest.mark.parametrize("text, verbs", [
    ("Anora took the Palme d'Or that May. Writer, director and editor Sean Baker accepted "
     "the prize in person.", ["directed", "edited", "written"]),
    ("Anora opened wide in October. Writer and director Sean Baker thanked his crew.",
     ["directed", "written"]),
])
def test_each_title_of_a_list_is_a_credit_of_the_film_in_focus(default_kb, text, verbs):
    got = told(text, default_kb)
    assert all(f"Anora was {v} by Sean Baker" in got for v in verbs), got


@pytest.mark.parametrize("text", [
    "Anora took the Palme d'Or that May. Writer, director and editor Drew Daniels accepted "
    "the prize in person.",
    "Anora opened wide in October. Writer and director Greta Gerwig thanked her crew.",
    "Anora opened wide in October. Writer-director Samantha Quan thanked her crew.",
])
def test_a_list_on_another_name_is_never_supported_nor_refuted(default_kb, text):
    assert all(v == "not_enough_info" for _p, _w, v in credits(text, default_kb))
