"""A person's career note on a film ("Red Rocket; year: 2021; ...; us distributor: A24",
"Tangerine; ...; budget usd: 100000") holds fields the KB keeps no typed fact for. A company
a distribution field names supports the company's credit (a note names some companies, never
all, so one it does not name stays open; a market said must be the field's); a budget field
is the film's reported budget when the KB has no budget fact, within the usual tolerance
(verify/production.py `_noted_company`, verify/quantities.py `_noted_budget`). Sentences
are written for these tests."""
from __future__ import annotations

import reelcheck


def _verdicts(text, kb, category):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == category]


def test_a_distribution_field_supports_the_company_it_names(default_kb):
    for text in ("Baker's Red Rocket, released by A24, starred Simon Rex.",
                 "A24 distributed The Florida Project.",
                 "The Florida Project was released in the US by A24."):
        got = _verdicts(text, default_kb, "production")
        assert [v for v, _ in got] == ["supported"], (text, got)


def test_a_company_no_field_names_stays_open(default_kb):
    for text in ("Baker's Red Rocket, released by Neon, starred Simon Rex.",
                 "Neon distributed The Florida Project."):
        got = _verdicts(text, default_kb, "production")
        assert [v for v, _ in got] == ["not_enough_info"], (text, got)


def test_a_budget_field_is_the_reported_budget(default_kb):
    got = _verdicts("Tangerine, made for just $100,000, was shot on iPhones.", default_kb,
                    "money")
    assert [v for v, _ in got] == ["supported"], got
    got = _verdicts("Tangerine had a budget of $5 million.", default_kb, "money")
    assert [v for v, _ in got] == ["refuted"], got
    assert "$100,000" in got[0][1], got


def test_no_field_no_budget(default_kb):
    got = _verdicts("Red Rocket cost $1 million.", default_kb, "money")
    assert "refuted" not in [v for v, _ in got], got
