"""A "for" phrase set off by a comma right after a nomination or prize noun inside another
phrase of the verb ("won X for A, years after her first nomination, for B") says what that
noun was for; the parser hangs it on the verb, where it read as a second work of the win, or
as a gapped clause (parse._for_phrases_of_a_prize_noun; frames._remnants). Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "award_received"]


def test_work_of_the_earlier_nomination_is_not_the_win_s(default_kb):
    got = wins("Jessie Buckley won best actress for Hamnet at the 98th Academy Awards, four "
               "years after her first nomination, for The Lost Daughter.", default_kb)
    assert not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert not any(c.slots.get("for_work") == "the-lost-daughter-2021-film" for c in got), \
        [(c.text, c.slots.get("for_work")) for c in got]


def test_a_for_phrase_on_the_verb_itself_is_still_the_win_s(default_kb):
    # no prize noun before the comma: the phrase is the win's own work, judged as such
    got = wins("At the 98th Academy Awards, Jessie Buckley won best actress, for The Lost "
               "Daughter.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
