"""Years that pair in order (claims/awards/ `_years_in_order`): "A and B won X in 2019 and
2024, respectively", "A won X and Y in 2019 and 2020, respectively", and "A, in 2019, and B,
in 2024, won X" (each party's own year right after it). Each party (or prize) is checked
with its own year; a swapped pair is refuted. Without "respectively" two prizes and two years
are read in order, to support only; and the one-year-for-a-run reading (verify/__init__.py
`_year_of_the_run`) is for one year said of two shows' prizes, not for two years. Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from tests.helpers.award_claims import verdicts


def test_respectively_pairs_years_with_winners(default_kb):
    assert verdicts("Parasite and Anora won the Palme d'Or in 2019 and 2024 respectively.",
                    default_kb) == ["supported"]
    assert verdicts("Parasite and Anora won the Palme d'Or in 2019 and 2022 respectively.",
                    default_kb) == ["refuted"]
    assert verdicts("Parasite and Anora won the Palme d'Or in 2024 and 2019, respectively.",
                    default_kb) == ["refuted"]


def test_each_winner_s_own_year_set_after_it(default_kb):
    assert verdicts("Both Parasite, in 2019, and Anora, in 2024, won the Palme d'Or.",
                    default_kb) == ["supported"]
    assert verdicts("Both Parasite, in 2019, and Anora, in 2021, won the Palme d'Or.",
                    default_kb) == ["refuted"]


def test_respectively_pairs_years_with_prizes(default_kb):
    assert verdicts("Parasite won the Palme d'Or and the Oscar for Best Picture in 2019 and "
                    "2020, respectively.", default_kb) == ["supported"]
    assert verdicts("Anora took the Palme d'Or and the Oscar for Best Picture in 2025 and 2024, "
                    "respectively.", default_kb) == ["refuted"]


def test_without_respectively_the_order_is_a_reading(default_kb):
    got = verdicts("Anora won the Palme d'Or and Best Picture in 2025 and 2024.", default_kb)
    assert "refuted" not in got and "supported" not in got, got
    assert verdicts("Anora won the Palme d'Or and Best Picture in 2024 and 2025.",
                    default_kb) == ["supported"]
