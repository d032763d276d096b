"""A prize bestowed or conferred "on"/"upon" its winner (lexicon relation `bestow`): the
object is the prize, the "on" phrase the winner, as the passive "was bestowed on" already
read. Sentences are written for these tests; facts are the default KB's (the 97th Academy
Awards' Best Picture and Best Actress)."""
from __future__ import annotations

from award_claims import only_award


def test_bestowed_on_the_winner_is_a_win(default_kb):
    c = only_award("In the end the Academy bestowed Best Picture on Anora.", default_kb)
    assert c.verdict == "supported", c.explanation
    assert "Academy Award for Best Picture" in c.explanation
    wrong = only_award("In the end the Academy bestowed Best Picture on The Brutalist.",
                       default_kb)
    assert wrong.verdict == "refuted", wrong.explanation


def test_conferred_upon_a_person_is_a_win(default_kb):
    c = only_award("Members of the Academy conferred the Best Actress prize upon Mikey Madison.", default_kb)
    assert c.verdict == "supported", c.explanation
    wrong = only_award("Members of the Academy conferred the Best Actress prize upon Demi Moore.", default_kb)
    assert wrong.verdict == "refuted", wrong.explanation
    assert "Mikey Madison" in wrong.explanation
