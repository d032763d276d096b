"""A ranked or dashed row whose count has no holder of its own ("2. Poor Things - 11
nominations", where the parser makes the title a modifier of the noun or swallows the row in
it) counts for the row's label: the one name before the row's separator. Before, the count had
no holder and the row was left unread, a wrong count included.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_ranked_rows_count_for_their_labels(default_kb):
    text = ("Most-nominated films of the 96th Academy Awards, in order:\n\n"
            "1. Oppenheimer - 13 nominations\n"
            "2. Poor Things - 11 nominations\n"
            "3. Killers of the Flower Moon - 12 nominations\n")
    assert _counts(text, default_kb) == [("supported", "Oppenheimer"),
                                         ("supported", "Poor Things"),
                                         ("refuted", "Killers of the Flower Moon")]


def test_a_row_led_by_a_prize_lends_no_holder(default_kb):
    # the label is a category, not a name: the count is no one's, and nothing is refuted
    text = ("Most-nominated films of the 96th Academy Awards, in order:\n\n"
            "Best Picture - 10 nominees\n")
    assert not any(v == "refuted" for v, _ in _counts(text, default_kb))


def test_a_second_count_beside_a_first_without_a_holder_is_the_label_s(default_kb):
    # the parser may hang the first count under the label as its subject and the second
    # beside the first: both counts are the label's
    text = ("Figures from the 97th Academy Awards\n\n"
            "• Anora: 6 nominations, 5 wins\n"
            "• Conclave: 8 nominations, 1 win\n"
            "• A Complete Unknown: 8 nominations, 0 wins\n")
    got = _counts(text, default_kb)
    assert ("supported", "Conclave") in got and got.count(("supported", "Conclave")) == 2
    assert not any(v == "refuted" for v, _ in got)


def test_a_headline_with_a_colon_lends_no_holder_to_an_uncounted_noun(default_kb):
    # no number counts "winner": the words after the colon are a headline, not a row's count
    text = "Flow: The Quiet Story Behind the Oscar Winner Nobody Expected\n"
    r = reelcheck.check(text, kb=default_kb)
    assert not any(c.slots.get("kind") == "award" and c.subject is not None
                   and c.subject.label == "Flow" for c in r.claims)
