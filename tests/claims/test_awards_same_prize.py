"""A prize said to be "the same" as one named before ("won the same prize at the Academy
Awards") states that prize's category, read at the clause's own show; with no category said
before it in the sentence, the words are a slot left unread. Either way the clause is never
supported as any prize of the show (claims/awards/ `_same_prize`). Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def later(text, kb):
    """The claims of the clause that says "the same ..."."""
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "nominated_for") and "same" in c.text]


def test_same_prize_takes_the_earlier_category_and_may_refute(default_kb):
    got = later("Olivia Colman took best supporting actress at the BAFTAs, and weeks later "
                "she collected the same award at the Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_same_prize_that_holds_is_supported(default_kb):
    got = later("Olivia Colman took best actress at the BAFTAs, and weeks later she "
                "collected the same award at the 91st Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]


def test_same_prize_with_nothing_before_it_is_not_supported(default_kb):
    got = later("At the 91st Academy Awards, Olivia Colman won the same prize.", default_kb)
    assert all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_same_category_of_the_sentence_before(default_kb):
    text = ("Kieran Culkin was nominated for best supporting actor at the 97th Academy "
            "Awards. Adrien Brody was nominated in the same category.")
    got = later(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]
    got = later(text.replace("Adrien Brody", "Edward Norton"), default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
