"""A list of titles after "beat" that the parser tore apart (a title's word taken for a root of
its own, or for an adverb of the verb) is read again with every title one name: the beaten
films are the verb's objects, and none of them is read as a winner of a clause whose verb was
left out. Sentences written for these tests; facts of the default KB's Oscar record (Titanic
won Best Picture at the 70th Academy Awards over As Good as It Gets, The Full Monty, Good Will
Hunting and L.A. Confidential)."""
from __future__ import annotations

from award_claims import award_rows


def test_a_beaten_title_is_no_winner(default_kb):
    got = award_rows("At the 70th Academy Awards, Titanic beat Good Will Hunting and "
                     "L.A. Confidential for Best Picture.", default_kb)
    assert [v for _t, v in got] == ["supported"], got


def test_a_list_of_beaten_titles_read_as_adverbs(default_kb):
    got = award_rows("At the 1998 Oscars, Titanic beat As Good as It Gets, The Full Monty, "
                     "Good Will Hunting and L.A. Confidential for Best Picture.", default_kb)
    assert [v for _t, v in got] == ["supported"], got
    assert "L.A. Confidential" in got[0][0]


def test_a_beaten_film_that_was_no_nominee_is_refuted(default_kb):
    got = award_rows("At the 1998 Oscars, Titanic beat The Full Monty, Good Will Hunting "
                     "and Boogie Nights for Best Picture.", default_kb)
    assert [v for _t, v in got] == ["refuted"], got
