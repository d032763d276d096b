""""X earned three Oscar nominations but won none / did not win any": the second clause counts
or denies wins of the show the first names, whatever prize a description set off on the
subject names ("X, Y's second Palme winner, ..."), and a prize the clause takes from the
nominations before it ("any" of them) is won, as its own verb says. Sentences are written for
these tests; the facts are the default KB's (Triangle of Sadness: the 2022 Palme d'Or, three
nominations and no win at the 95th Academy Awards)."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_description_set_off_on_the_subject_lends_no_show_to_the_count(default_kb):
    got = verdicts("Triangle of Sadness, Ruben Östlund's second Palme winner, earned three "
                   "Oscar nominations but won none.", default_kb)
    assert ("won none", "supported") in got
    assert all(v != "refuted" for _t, v in got)


def test_not_winning_any_of_the_nominations_is_a_denied_win(default_kb):
    got = verdicts("Triangle of Sadness, the 2022 Palme winner, earned three Oscar nominations "
                   "but did not win any.", default_kb)
    assert all(v != "refuted" for _t, v in got)
    assert ("win", "supported") in got
    # of a film that did win one of its nominations, the denial does not hold
    got = verdicts("Anora, the 2024 Palme winner, earned six Oscar nominations but did not "
                   "win any.", default_kb)
    assert ("win", "refuted") in got
