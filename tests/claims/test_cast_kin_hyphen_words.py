"""A kin noun that hyphens make into a longer word ("father-in-law", "half-brother",
"brother-in-law") names another tie than the bare noun: the story's "father" or "brother" in the
KB does not vouch for it. Sentences written for these tests; facts of the default KB (Anora: Nikolai
Zakharov is Vanya's father, Garnick is Toros's brother)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return reelcheck.check(text, kb=kb).claims


def test_an_in_law_is_not_the_story_s_parent_or_sibling(default_kb):
    for text in ("In Anora, Garnick, Toros's brother-in-law, keeps breaking things.",
                 "In Anora, Nikolai Zakharov, Vanya's father-in-law, barely speaks.",
                 "In Anora, Toros's half-brother Garnick keeps breaking things."):
        got = [c for c in _claims(text, default_kb) if c.category == "plot"]
        assert all(c.verdict != "supported" for c in got), [
            (text, c.text, c.explanation) for c in got]


def test_a_cast_line_with_an_in_law_apposition_is_not_supported_whole(default_kb):
    got = [c for c in _claims("Aleksei Serebryakov plays Nikolai Zakharov, Vanya's "
                              "father-in-law, in Anora.", default_kb)
           if c.predicate == "played_by"]
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "father-in-law" in got[0].explanation
    # the bare tie stays judged by the story's relation
    got = [c for c in _claims("Aleksei Serebryakov plays Nikolai Zakharov, Vanya's father, "
                              "in Anora.", default_kb) if c.predicate == "played_by"]
    assert [c.verdict for c in got] == ["supported"]


def test_an_actor_of_an_in_law_is_not_refuted_by_the_parent_s_actor(default_kb):
    # the story names no father-in-law of Vanya: the KB cannot say who plays one
    got = [c for c in _claims("Rupert Quill plays Vanya's father-in-law in Anora.", default_kb)
           if c.verdict == "refuted"]
    assert got == [], [(c.text, c.explanation) for c in got]
