"""Three parse mends, each tried on sentences of our own about the 2025 season:

- a prize after an article the NER took for a person ("won a BAFTA and a Golden Globe": "a
  Golden Globe" one PERSON) is still the prize the linker found;
- an additive preposition ("along with", "in addition to") adds one more of the verb's object
  when it names the same kind of thing, and nothing when it names another kind;
- a sentence whose root is no verb because a one-word title ran into the words around it
  ("Latvia's Flow beat ...") is parsed again with each title one name.
"""
from __future__ import annotations

import pytest

from award_claims import award_verdicts, awards


@pytest.mark.parametrize("text", [
    "Madison won a BAFTA and a Golden Globe.",
    "Madison won an Oscar and a Golden Globe.",
    "Madison won a BAFTA, along with a Golden Globe.",
    "Mikey Madison took a BAFTA together with a Golden Globe for Anora.",
])
def test_a_prize_she_lost_beside_one_she_won_is_refuted(text, default_kb):
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    assert "Golden Globe" in got[0].text and "Demi Moore" in got[0].explanation


@pytest.mark.parametrize("text", [
    "Madison won a BAFTA along with an Independent Spirit Award.",
    "Madison won a BAFTA and an Independent Spirit Award.",
])
def test_two_prizes_she_won_are_both_checked(text, default_kb):
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Spirit" in got[0].explanation and "BAFTA" in got[0].explanation


def test_along_with_a_person_adds_no_prize(default_kb):
    got = awards("Mikey Madison won a BAFTA, along with Yura Borisov.", default_kb)
    assert all("Borisov" not in c.text or c.verdict != "refuted" for c in got)
    assert "BAFTA" in got[0].explanation


@pytest.mark.parametrize("text, verdict", [
    ("Latvia's Flow beat Pixar's Inside Out 2 for Best Animated Feature.", "supported"),
    # (with no show named, a wrong one is only a reading: open)
    ("Latvia's Flow beat Pixar's Inside Out 2 for Best Documentary Feature.", "not_enough_info"),
    ("At the Oscars, Latvia's Flow beat Pixar's Inside Out 2 for Best Documentary Feature.",
     "refuted"),
    ("At the Oscars, Pixar's Inside Out 2 beat Latvia's Flow for Best Animated Feature.",
     "refuted"),
])
def test_a_one_word_title_run_into_the_verb(text, verdict, default_kb):
    assert award_verdicts(text, default_kb)[:1] == [verdict]
