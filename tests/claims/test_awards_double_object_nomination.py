"""A nomination handed to someone with two objects ("the film earned X his n-th nomination for
<category>"): the relation noun states a nomination, not a win; the film that gave it is the
work; and the n-th may count the category's nominations. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb, pred):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == pred]


def test_a_nomination_given_with_two_objects_is_no_win(default_kb):
    text = ("Killers of the Flower Moon earned Martin Scorsese his tenth Academy Award "
            "nomination for best director.")
    assert not verdicts(text, default_kb, "award_received")
    got = verdicts(text, default_kb, "nominated_for")
    assert [c.verdict for c in got] == ["supported"]
    assert "96th" in got[0].explanation


def test_the_nth_counts_the_named_category_too(default_kb):
    # his ninth Best Director nomination (The Irishman), thirteenth of all his nominations
    got = verdicts("The Irishman earned Martin Scorsese his ninth Oscar nomination for best "
                   "director.", default_kb, "nominated_for")
    assert [c.verdict for c in got] == ["supported"]
    got = verdicts("The Irishman earned Martin Scorsese his sixth Oscar nomination for best "
                   "director.", default_kb, "nominated_for")
    assert [c.verdict for c in got] == ["refuted"]
