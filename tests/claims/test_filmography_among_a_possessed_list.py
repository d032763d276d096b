"""A copula with a list preposition (lexicon `filmography.list_preps`: "among") on a credit
noun a person owns lists that person's credits in its subjects, as "X's films include ..."
does: "Among Sean Baker's films are A and B" credits him with each. A credit is confirmed,
never refuted by a title the KB lacks for him. Sentences are written for these tests; the
facts are the default KB's (Sean Baker's credits include Tangerine, Starlet and The Florida
Project)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.slots.get("subject"), c.slots.get("work"), c.verdict)
            for c in r.claims if c.category == "filmography"]


def test_each_subject_of_the_copula_is_a_credit(default_kb):
    got = credits("Among Sean Baker's earlier films are Tangerine and The Florida Project.",
                  default_kb)
    assert got == [("sean-baker", "tangerine", "supported"),
                   ("sean-baker", "the-florida-project", "supported")]


def test_a_pronoun_owner_and_a_title_the_kb_lacks_for_him(default_kb):
    got = credits("Sean Baker is back in Cannes. Among his early films are Starlet and "
                  "Whiplash.", default_kb)
    assert ("sean-baker", "starlet", "supported") in got
    assert all(v != "refuted" for _, _, v in got)
    # a list owned by no person credits no one
    assert credits("Among the year's best films are Anora and Tangerine.", default_kb) == []
