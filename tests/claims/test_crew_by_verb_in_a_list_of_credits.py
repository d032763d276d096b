"""A verb that tells its credit only with "by" ("shot") tells it in a list of credit verbs
that share its subject and film ("wrote, directed and shot Anora"): the list names the
credit, so the claim judges it too instead of supporting the others alone. With a phrase of its
own ("shot it in Brooklyn") it says where or how the film was made. Sentences are written for
these tests."""
from __future__ import annotations

from credit_claims import crew_claims as crew


def test_a_listed_shoot_verb_is_the_photography_credit(default_kb):
    for text in ("According to the fan wiki, Sean Baker wrote, directed and shot Anora.",
                 "Sean Baker wrote and shot Anora."):
        got = crew(text, default_kb)
        assert got and got[0].verdict == "refuted", (text, got)
        assert "Drew Daniels" in got[0].explanation


def test_with_a_phrase_of_its_own_it_is_no_credit(default_kb):
    got = crew("Sean Baker wrote and directed Anora and shot it in Brooklyn.", default_kb)
    assert got and all(c.verdict == "supported" for c in got), got
