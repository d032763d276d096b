""""The Writers Guild honoured Anora's original screenplay": the object of a verb of honouring,
where the winner would be, is a category's head noun owned by a name; the owner is the
winner and the owned phrase the category. Sentences are written for these tests; the facts
are the default KB's (Anora won the WGA's original screenplay prize in 2025)."""
from __future__ import annotations

from award_claims import award_verdicts as verdicts


def test_the_owner_of_the_honoured_screenplay_won_it(default_kb):
    assert verdicts("The Writers Guild of America honoured Anora's original screenplay.",
                    default_kb) == ["supported"]
    assert verdicts("The Writers Guild honoured Baker's original screenplay for Anora.",
                    default_kb) == ["supported"]


def test_another_category_is_not_supported(default_kb):
    assert "supported" not in verdicts(
        "The Writers Guild of America honoured Anora's adapted screenplay.", default_kb)
