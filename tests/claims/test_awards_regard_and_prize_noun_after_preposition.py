"""Two ways a sentence about a nominee was read as a win:
- a cue whose prize comes after a preposition ("was rewarded with a nomination", "honoured with
  a nod") takes a relation noun there: the noun states the relation, as a light verb's object
  does ("earned a nomination");
- a win verb whose object is regard, not a prize ("earned praise for Best Actor", "received
  recognition at the Oscars"): how the work was received, no win (`qualifiers.regard_objects`).
Sentences written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _award(text, kb):
    return [(c.verdict, c.predicate, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category in ("award", "count")]


@pytest.mark.parametrize("text", [
    "Bradley Cooper was rewarded with a nomination for Best Actor at the 96th Academy Awards.",
    "At the 96th Academy Awards, Sandra Hüller was honoured with a nod for Best Actress.",
    "Yura Borisov was recognised with a nomination for Best Supporting Actor at the 97th "
    "Academy Awards.",
])
def test_a_nomination_after_the_prize_preposition_is_a_nomination(text, default_kb):
    got = _award(text, default_kb)
    assert got and all(v == "supported" and p == "nominated_for" for v, p, _ in got), got


def test_a_wrong_category_after_the_prize_preposition_is_refuted_as_a_nomination(default_kb):
    got = _award("Bradley Cooper was rewarded with a nomination for Best Supporting Actor at "
                 "the 96th Academy Awards.", default_kb)
    assert got and all(v == "refuted" and p == "nominated_for" for v, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Bradley Cooper earned praise for Best Actor at the 96th Academy Awards.",
    "Yura Borisov received recognition at the 97th Academy Awards for Best Supporting Actor.",
    "Sandra Hüller garnered raves at the 96th Academy Awards for Best Actress.",
    "Anora earned a long standing ovation at the 77th Cannes Film Festival.",
])
def test_regard_as_a_win_verbs_object_states_no_win(text, default_kb):
    got = _award(text, default_kb)
    assert not [g for g in got if g[1] == "award_received"], got
