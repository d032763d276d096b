"""A count of wins that names no show, in a paragraph that names none, after a passage that
has named more than one show, takes the show it counts from an earlier paragraph only as a
guess: a reading that may support but never refute. Before, the show the last paragraph named
(a Palme in a row's comment) was taken as the count's own and a row's Oscar tally ("won 0 of
3") was refuted with the film's festival prize.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.slots.get("family"), c.slots.get("family_assumed"))
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_row_tally_after_a_festival_comment_is_not_refuted(default_kb):
    text = ("Cannes winners that the Oscars later noticed\n\n"
            "Ruben Östlund took his second Palme d'Or at this festival.\n\n"
            "8. Triangle of Sadness (2022) - Ruben Östlund (won nothing)\n")
    got = _counts(text, default_kb)
    assert got and not any(v == "refuted" for v, _f, _a in got)
    assert all(a == "context" for _v, _f, a in got)


def test_a_tally_out_of_nominations_is_the_show_that_hands_them_out(default_kb):
    # a festival hands out no nominations: of the passage's shows, the one that does is
    # the one counted, and its record decides the tally
    text = ("Cannes winners that the Oscars later noticed\n\n"
            "Ruben Östlund took his second Palme d'Or at this festival.\n\n"
            "8. Triangle of Sadness (2022) - Ruben Östlund (won 0 of 3)\n\n"
            "9. Anatomy of a Fall (2023) - Justine Triet (won 2 of 5)\n")
    got = _counts(text, default_kb)
    assert ("supported", "academy-awards", False) in got
    assert ("refuted", "academy-awards", False) in got
    assert not any(f == "cannes-film-festival" for _v, f, _a in got)


def test_a_count_in_the_paragraph_naming_its_show_still_refutes(default_kb):
    # the show named in the count's own paragraph is the count's: a wrong tally is refuted
    text = ("Cannes and the Oscars rarely agree.\n\n"
            "At the Academy Awards, Taxi Driver won two Oscars from four nominations.\n")
    got = _counts(text, default_kb)
    assert ("refuted", "academy-awards", False) in got
