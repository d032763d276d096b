"""A sequel word sets aside the film claims of its own noun phrase and of the clause it is the
subject of ("the Anora sequel premiered ..."), not the claims of the sentence's other clauses
("Anora cost $6 million, and a sequel is planned"). Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_clause_beside_the_sequel_is_still_checked(default_kb):
    assert _claims("Anora cost $6 million to make, and a sequel is now planned.",
                   default_kb) == [("money", "supported")]
    assert ("money", "refuted") in _claims(
        "Anora cost $16 million to make, and a sequel is now planned.", default_kb)


def test_the_sequels_own_clauses_are_not_the_films(default_kb):
    assert _claims("The Anora sequel cost $20 million and was shot in Moscow.", default_kb) == []
    assert _claims("A sequel, which Baker may shoot in Moscow for $20 million, is planned.",
                   default_kb) == []
