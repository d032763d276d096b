"""Who does a deed of the story's ending. A clause set at the ending ("in the end", "in the final
scene", "at the close of the film") that tells a deed the KB's ending fact tells ("drives Ani
home") names its doer; the KB's fact names the ending's doer, so another character doing the
same to the same people in the same way is refuted (verify/plot.py `_ending_doer`). Without the
ending phrase (the story may hold other drives), with an "end" of something else ("at the end of
the evening"), or done in another way ("drives him off"), it is never refuted. Sentences are
written for these tests; the facts are the default KB's (at the end of Anora, Igor drives Ani
home and returns her wedding ring)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def verdicts(text, kb):
    return [c.verdict for c in after_lead(text, kb, lambda c: c.category == "plot"
                                          and "drives" in c.text)]


@pytest.mark.parametrize("text", [
    "In the closing scene Garnick drives Ani home through the slush.",
    "At the close of the film, Toros drives Ani back to Brighton Beach.",
    "In the final minutes, Vanya drives Ani home in his car.",
])
def test_another_doer_of_the_endings_deed_is_refuted(text, default_kb):
    assert "refuted" in verdicts(text, default_kb), (text, verdicts(text, default_kb))


@pytest.mark.parametrize("text,verdict", [
    ("In the closing scene Igor drives Ani home.", "supported"),
    # no ending said: a drive of some other night
    ("Garnick drives Ani home.", "not_enough_info"),
    # the end of something else than the story
    ("At the end of the evening Toros drives Ani home.", "not_enough_info"),
    # done another way than the fact tells: not its deed
    ("In the end Ani drives Igor off.", "not_enough_info"),
    ("In the end Toros drives Ani to the airport.", "not_enough_info"),
])
def test_the_endings_deed_otherwise_is_not_refuted(text, verdict, default_kb):
    got = verdicts(text, default_kb)
    assert got in ([verdict], []) and (verdict != "supported" or got), (text, got)
