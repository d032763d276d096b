""""Christopher Nolan's Oppenheimer earned him his first Oscar": an object pronoun is never
its own verb's subject, but the owner of that subject may be who it stands for (the owner's
film won the owner the prize). Before, the owner was passed over and no claim was formed.

Sentences written for these tests; the facts are the default KB's (Nolan's first Oscar, Best
Director for Oppenheimer at the 96th; Emma Stone's second Best Actress, for Poor Things)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_owner_of_the_subject_is_the_pronouns_antecedent(default_kb):
    assert _awards("Christopher Nolan's Oppenheimer earned him his first Oscar.",
                   default_kb) == ["supported"]
    assert _awards("Emma Stone's Poor Things won her a second Oscar.",
                   default_kb) == ["supported"]


def test_a_wrong_ordinal_for_the_owner_refutes(default_kb):
    assert _awards("Emma Stone's Poor Things won her a third Oscar.",
                   default_kb) == ["refuted"]
