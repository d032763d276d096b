"""An obituary's "she" after a paragraph that names no one ("Her death was confirmed by her
family."): with no person named in the paragraph before, the pronoun is the person the piece
is about (named in its headline or lede, and more often than anyone else), not no one
(claims/context.py `Resolver.person`). Sentences are written for these tests; the facts are
the default KB's Oscar record."""
from __future__ import annotations

import reelcheck

PIECE = ("Glenda Jackson, actor and politician, dies\n\n"
         "Glenda Jackson, who moved from the screen to Parliament, has died. Glenda Jackson "
         "was 87.\n\n"
         "Her death was confirmed by her family in a short note.\n\n"
         "{}")


def _claims(text, kb):
    return [(c.verdict, c.subject and c.subject.id, c.explanation)
            for c in reelcheck.check(PIECE.format(text), kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_she_after_a_paragraph_naming_no_one_is_the_obituary_subject(default_kb):
    got = _claims("She took the best actress Oscar for A Touch of Class in 1974.", default_kb)
    assert [(v, s) for v, s, _ in got] == [("supported", "glenda-jackson")], got


def test_a_wrong_film_for_her_is_refuted_as_hers(default_kb):
    got = _claims("She took the best actress Oscar for Hedda in 1974.", default_kb)
    assert [(v, s) for v, s, _ in got] == [("refuted", "glenda-jackson")], got


def test_he_is_not_read_as_her(default_kb):
    got = _claims("He took the best actor Oscar for Save the Tiger in 1974.", default_kb)
    assert all(s != "glenda-jackson" for _, s, _ in got), got
