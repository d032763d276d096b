"""A name joined after ", and" to the first verb's object, set off by commas and followed only
by the next verb's adverbs ("X lost to A, and Y, who ..., also came up short"), is that next
verb's subject, not a second person X lost to (parse._subject_off_an_object). Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "nominated_for")]


def test_the_name_after_and_is_not_a_second_winner(default_kb):
    got = awards("The 98th Academy Awards had few upsets. Delroy Lindo, up for best supporting "
                 "actor for Sinners, lost to Sean Penn, and Stellan Skarsgård, who was favoured "
                 "by several critics, also came up short.", default_kb)
    loss = [c for c in got if "Sean Penn" in c.text]
    assert loss and all(c.verdict == "supported" for c in loss), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert not any("Skarsgård" in c.text for c in loss), [c.text for c in loss]


def test_a_plain_list_of_winners_stays_a_list(default_kb):
    # no verb after the second name: both are the ones the first lost to
    got = awards("At the 98th Academy Awards, Sinners lost to One Battle after Another and "
                 "Frankenstein in several craft categories.", default_kb)
    assert not any(c.subject and c.subject.id == "frankenstein-2025-film"
                   and c.slots.get("polarity") == "lost" for c in got)
