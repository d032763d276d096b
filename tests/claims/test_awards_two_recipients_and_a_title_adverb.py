"""A film that earned two people a prize ("earned A and B Best Costume Design"), the second
name run by the parser into the prize after it, and a one-word title the parser takes for an
adverb ("and Up earned ..."): each clause's winners and film are its own.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import awards


def test_two_recipients_before_a_prize_are_both_its_winners(default_kb):
    got = awards("Titanic earned James Cameron the Oscar for Best Director in 1998, and The Lord "
                 "of the Rings: The Return of the King earned Ngila Dickson and Richard Taylor "
                 "Best Costume Design in 2004.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert "Ngila Dickson" in got[1].text and "Richard Taylor" in got[1].text


def test_a_one_word_title_read_as_an_adverb_is_the_next_clause_s_subject(default_kb):
    got = awards("Gravity earned Alfonso Cuarón the Oscar for Best Director in 2014, and Up "
                 "earned Pete Docter Best Animated Feature in 2010.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
