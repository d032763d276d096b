""""won Best Actress for A and then for B", "twice, first for A and then for B": a preposition
joined to the verb's own (or to the verb, its verb left out) is another work of the same
prize, and a count's listed works must each be among the wins it counts. Sentences are
written for these tests; the facts are the default KB's complete Oscar record (Emma Stone won
Best Actress for La La Land and for Poor Things; The Favourite brought her a supporting
nomination)."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts

LEAD = "At the Oscars, "


def test_each_work_of_a_repeated_preposition_is_checked(default_kb):
    assert verdicts(LEAD + "Emma Stone won Best Actress for La La Land and then for Poor "
                    "Things.", default_kb) == ["supported"]
    assert "supported" not in verdicts(
        LEAD + "Emma Stone won Best Actress for La La Land and then for The Favourite.",
        default_kb)


def test_a_count_with_its_works_listed_in_turn(default_kb):
    assert verdicts(LEAD + "Emma Stone has won Best Actress twice, first for La La Land and "
                    "then for Poor Things.", default_kb) == ["supported"]
    assert verdicts(LEAD + "Emma Stone has won Best Actress twice, first for La La Land and "
                    "then for The Favourite.", default_kb) == ["refuted"]
