"""A lone four-digit year that the tagger counts ("a 2022 Oscar winner") modifies a singular
noun: no count over one can, so it is the year of the win, checked as a year said with "in".
Sentences written for this test; Mikey Madison won Best Actress at the 97th Academy Awards
(2025)."""
from __future__ import annotations

from tests.helpers.award_claims import only_award


def test_year_on_a_singular_winner_noun(default_kb):
    c = only_award("Mikey Madison, a 2022 Oscar winner, stars in the film.", default_kb)
    assert c.verdict == "refuted"
    assert only_award("Mikey Madison, a 2025 Oscar winner, stars in the film.",
                      default_kb).verdict == "supported"
