"""A question and its answer labelled "Q:" / "A:" (or "Question:" / "Answer:") are read as the
same question and fragment without labels: the labels are blanks to the parser. Before, the
question was not taken for one (its first word was the label) and the pair made no claim.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

from reelcheck.claims.parse import _unlabelled


def _verdicts(text, kb, kinds=("award", "award_count")):
    r = reelcheck.check(text, kb=kb)
    return [c.verdict for c in r.claims if c.slots.get("kind") in kinds]


def test_a_labelled_question_is_answered_by_its_labelled_fragment(default_kb):
    text = "Q: Who took Best Actress at the 95th Academy Awards?\nA: Cate Blanchett, for Tar.\n"
    assert _verdicts(text, default_kb) == ["refuted"]
    text = "Q: Who took Best Actress at the 95th Academy Awards?\nA: Michelle Yeoh.\n"
    assert _verdicts(text, default_kb) == ["supported"]


def test_long_labels_and_a_count_question(default_kb):
    text = ("Question: How many Oscars did Parasite take home?\n\n"
            "Answer: Six.\n")
    assert _verdicts(text, default_kb) == ["refuted"]


def test_the_labels_are_blanked_in_place():
    text = "Q: Who won?\nA: Jane Roe."
    out = _unlabelled(text, text.index("A:"))
    assert len(out) == len(text) and "Q" not in out and "A:" not in out
    assert out.index("Who") == text.index("Who") and out.index("Jane") == text.index("Jane")
    # a colon later in the sentence is no label
    assert _unlabelled("Best Actor: who won?", 0) == "Best Actor: who won?"
