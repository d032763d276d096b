"""A bare win count ("won two", "won two of them") counts out of the prizes the last count
before it named; when a word narrowed those ("three acting nominations"), the wins are of that
narrower set too, never the film's whole tally of the night (claims/awards/ `_pool_scoped`).
Sentences are written for these tests; the facts are the default KB's (The Banshees of
Inisherin: four acting nominations at the 95th ceremony, no wins; Everything Everywhere All
at Once: four acting nominations, three acting wins, seven wins in all)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def verdicts(text, kb):
    got = counts(text, kb)
    return [(c.text, c.verdict) for c in got], [(c.text, c.explanation) for c in got]


def test_wins_out_of_a_class_of_nominations_are_that_class_s(default_kb):
    got, why = verdicts("At the 95th Academy Awards, Everything Everywhere All at Once "
                        "collected four acting nominations and won three.", default_kb)
    assert [v for _t, v in got] == ["supported", "supported"], why


def test_a_class_pool_in_the_sentence_before(default_kb):
    got, why = verdicts("The 95th Academy Awards were kind to Everything Everywhere All at "
                        "Once. Its cast drew four acting nominations. The film won three of "
                        "them.", default_kb)
    assert got[-1] == ("film won three", "supported"), why


def test_a_wrong_class_count_is_refuted_by_the_class_not_the_night(default_kb):
    got, why = verdicts("At the 95th Academy Awards, Everything Everywhere All at Once had four "
                        "acting nominations and won two of them.", default_kb)
    assert got[-1][1] == "refuted", why
    assert "actor or actress" in why[-1][1] and "not 2" in why[-1][1], why


def test_a_part_the_kb_cannot_single_out_leaves_the_count_unread(default_kb):
    # "shortlisted" narrows to no class the lexicon lists: the wins of that part are not
    # the film's seven
    got, why = verdicts("At the 95th Academy Awards, Everything Everywhere All at Once had "
                        "two shortlisted nominations and won one of them.", default_kb)
    assert all(v != "refuted" for _t, v in got), why
