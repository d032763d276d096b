"""Two words of a retelling the plot family reads: "journey" as a verb of going (lexicon
`plot.story`, travel), and a purpose that names nothing ("to handle things", "to sort out the
mess": lexicon `plot.vague_objects`), which is no purpose a fact of the errand must tell.
Sentences are written for these tests; the facts are the default KB's (in Anora, the story
stays in New York and Las Vegas; Toros is sent with Garnick and Igor to end the marriage)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot")]


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. Then the couple journey to Las Vegas together.",
     "supported"),
    ("Ani meets Vanya at the club. Then the newlyweds journey to Miami.", "refuted"),
])
def test_journey_is_a_journey(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text


@pytest.mark.parametrize("text,verdict", [
    ("Ani meets Vanya at the club. His family sends Toros to deal with things.",
     "supported"),
    ("Ani meets Vanya at the club. His family sends Toros to settle the matter.", "supported"),
    # a purpose that names something the fact does not: open
    ("Ani meets Vanya at the club. His family sends Toros to collect a debt.",
     "not_enough_info"),
])
def test_a_purpose_that_names_nothing(text, verdict, default_kb):
    assert verdicts(text, default_kb) == [verdict], text
