"""Two ages, each with its own when-clause, where the parser hangs the second when-clause
inside the first ("was 28 when she won for A and 35 when she won for B"): the first age is
at the first clause's time only, never at the win of the clause nested in it. And a bare win
by a pronoun ("when she won for A") after a paragraph about another person's category takes
that category only as a reading: the person it stands for won another prize of that show.
Sentences are written for these tests; facts are the default KB's (Emma Stone, born 1988,
won Best Actress at the 89th and the 96th Academy Awards)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_an_age_is_not_read_at_the_win_of_a_nested_when_clause(default_kb):
    got = [c for c in claims("Emma Stone was 28 when she triumphed for La La Land and 35 "
                             "when she collected a second Oscar, for Poor Things.", default_kb)
           if c.predicate == "age" and c.object == 28]
    assert got and all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]



def test_a_pronoun_winner_keeps_an_earlier_paragraphs_category_a_reading(default_kb):
    got = claims("Adrien Brody took a Best Actor Oscar for The Brutalist.\n\n"
                 "Emma Stone was 28 when she won for La La Land and 35 when she won the "
                 "Oscar for Poor Things.", default_kb)
    la = [c for c in got if c.predicate != "age" and "La La Land" in c.text]
    assert la and all(c.verdict != "refuted" for c in la), \
        [(c.text, c.verdict, c.explanation) for c in la]
