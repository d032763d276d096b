"""A distributor's release said with no market speaks of the company's home market (lexicon
dates `distributors`; a release verb only: a purchase or a bare credit may be of rights
anywhere): "A24 released it" is judged against the United States' one distributor
of the film, also when the release is dated ("released by A24 in October": the date claim
holds the month, the credit names the wrong company). Sentences are written for these tests;
the facts are the default KB's (Anora: Neon in the United States, Le Pacte in France,
Universal Pictures internationally; US release October 18, 2024)."""
from __future__ import annotations

import pytest
import reelcheck


def verdicts(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


PAIRS = [   # (the wrong company, the right one): one sentence each
    ("Hot off its Cannes win, Anora was released by A24.",
     "Hot off its Cannes win, Anora was released by Neon."),
    ("Anora hit theaters later that year. It was released by A24 in October.",
     "Anora hit theaters later that year. It was released by Neon in October."),
    ("A24 released Anora on October 18, 2024, and audiences loved it.",
     "Neon released Anora on October 18, 2024, and audiences loved it."),
]


@pytest.mark.parametrize("wrong, right", PAIRS)
def test_a_company_whose_home_market_has_another_distributor_is_refuted(wrong, right,
                                                                       default_kb):
    got = verdicts(wrong, default_kb)
    assert ("production", "refuted") in got, (wrong, got)
    got = verdicts(right, default_kb)   # ... and the market's own distributor is not
    assert got and all(v != "refuted" for _c, v in got), (right, got)
    assert any(v == "supported" for _c, v in got), (right, got)
