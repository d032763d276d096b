"""Who sends: the KB's fact of the errand ("Toros ... is sent with Garnick and Igor") names
only the ones sent. A "he"/"she" that sends, after a sentence part naming one of those sent
("Toros is stuck at a christening, so he dispatches Garnick and Igor"), may be that one, and
the fact never has one of the sent send the others: the claim is left open, not supported
(claims/plot.py `doer_maybe`, verify/plot.py `plot_deed`). "They" after the parents, or the
parents named, still send them. Sentences are written for these tests; the facts are the
default KB's."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


def test_one_of_the_sent_is_not_the_sender(default_kb):
    text = "Toros is stuck at a baptism, so he dispatches Garnick and Igor to the house."
    got = verdicts(text, default_kb)
    assert got and "supported" not in got and "refuted" not in got, got


@pytest.mark.parametrize("text", [
    "Vanya's parents get the news, and they dispatch Toros with Garnick and Igor.",
    "Vanya's parents dispatch Toros with Garnick and Igor.",
])
def test_the_parents_still_send_them(text, default_kb):
    assert verdicts(text, default_kb) == ["supported"], text
