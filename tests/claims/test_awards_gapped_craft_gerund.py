"""'A won for directing, B for acting': the gapped part's "for" phrase (a bare gerund naming a
craft, which the parser makes a clause of its own) is the part's, in the place of the first
part's; the category the first part read from its own "for" phrase is not lent to the part
(claims/frames.py `_remnants`, claims/awards/ lending). Before, B was read as winning Best
Director and refuted. Sentences are written for these tests; the facts are the default
KB's Oscar record."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def test_the_second_craft_is_not_read_as_the_first(default_kb):
    got = awards("At the 96th Academy Awards, Christopher Nolan won for directing, Cillian "
                 "Murphy for acting.", default_kb)
    assert got and got[0].slots.get("award") == "academy-award-for-best-director", got
    assert not any(c.slots.get("subject") == "cillian-murphy"
                   and c.slots.get("award") == "academy-award-for-best-director" for c in got), got
    assert "refuted" not in [c.verdict for c in got], got
