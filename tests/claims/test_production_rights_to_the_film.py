"""Rights bought "to" a film ("Neon acquired U.S. rights to Anora in June 2024") are that
film's, though the parser hangs the "to" phrase on the verb: the film is stated, so a wrong
month of the purchase is refuted, not left open as a reading of the film in focus. A job
named by two words whose last is plural ("the distribution rights") is the same job as its
singular lemma reads. Sentences written for this test; the default KB has Neon buying Anora's
US rights in November 2023."""
from __future__ import annotations

import pytest

import reelcheck


def _buys(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "distributor"]


@pytest.mark.parametrize("true,mutant", [
    ("Neon acquired U.S. rights to Anora in November 2023.",
     "Neon acquired U.S. rights to Anora in June 2024."),
    ("Deal roundup: Neon acquired the distribution rights to Anora in November 2023.",
     "Deal roundup: Neon acquired the distribution rights to Anora in March 2024."),
    ("Neon acquired the U.S. distribution rights to Anora in November 2023.",
     "A24 acquired the U.S. distribution rights to Anora in November 2023."),
])
def test_rights_to_a_named_film_are_its_purchase(default_kb, true, mutant):
    assert _buys(true, default_kb) == ["supported"]
    assert "refuted" not in [c.verdict for c in reelcheck.check(true, kb=default_kb).claims]
    assert _buys(mutant, default_kb) == ["refuted"]
