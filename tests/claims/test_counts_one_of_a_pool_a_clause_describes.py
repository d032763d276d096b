"""A prize said to be one of a counted pool that a relative clause describes (sentences written
for reelcheck's tests). "Best Director was one of three trophies Sean Baker collected at the
2025 Oscars": the parser hangs the clause on "one", so the clause's verb had no object, its
pool's number went unread and the win was supported with the count ignored; now the pool is
the clause's object (its number counts the clause's event) and the prize the copula names is a
category the claim states beside it. "Mikey Madison won Best Actress, one of five Oscars for
Anora": the film's five or the actress's own for the film, both readings checked (it holds if
either does, and is refuted only when both fail) instead of leaving 'five' unread."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    # news recap: the count of the subject's haul at the night
    ("Best Director was one of four trophies Sean Baker collected at the 2025 Oscars.",
     "supported"),
    ("Best Director was one of three trophies Sean Baker collected at the 2025 Oscars.",
     "refuted"),
    # the category the copula names is checked too
    ("Best Actress was one of four trophies Sean Baker collected at the 2025 Oscars.",
     "refuted"),
    # review aside, through "turned out to be"
    ("Editing turned out to be one of four statuettes Sean Baker carried off at the 97th "
     "Academy Awards.", "supported"),
    ("Editing turned out to be one of five statuettes Sean Baker carried off at the 97th "
     "Academy Awards.", "refuted"),
    # explainer, with the relative pronoun said
    ("The screenplay award is one of six Oscars that Anora won at the 97th Academy Awards.",
     "refuted"),
    ("Best Cinematography was one of five Oscars that Anora won at the 97th Academy Awards.",
     "refuted"),
    ("In a night of surprises, Best Actress was one of six awards Anora picked up at the 97th "
     "Academy Awards.", "refuted"),
    ("Brody's win was one of four prizes The Brutalist collected at the 97th Academy Awards.",
     "refuted"),
    # a set "for" a film said of a person's win: the film's or the person's own
    ("Mikey Madison won Best Actress, one of six Oscars for Anora at the 97th Academy Awards.",
     "refuted"),
    ("Adrien Brody took Best Actor, one of two Oscars for The Brutalist.", "refuted"),
    ("Adrien Brody took Best Actor, one of three Oscars for The Brutalist.", "supported"),
])
def test_one_of_a_counted_pool(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want != "refuted":
        assert "refuted" not in got, got
