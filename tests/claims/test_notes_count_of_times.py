"""Note matching (claims/statements.py): a count of times ("twice", "thrice"; the lexicon's
`count_adverbs`) is a number a note must state, and not the same number as an ordinal
("second"). Sentences written for this test; the default KB's notes: Anora, the fourth film
to win both Cannes' top prize and Best Picture; the Cannes Grand Prix, the festival's second
prize since the 1970s."""
from __future__ import annotations

import reelcheck
from reelcheck.claims.statements import terms_of


def test_twice_is_a_count_of_times_not_an_ordinal():
    assert "2x" in terms_of("she has won it twice").nums
    assert "2x" not in terms_of("the festival's second prize").nums
    assert "1x" not in terms_of("once the favourite").nums   # "once" is as often "formerly"


def test_a_note_that_does_not_count_the_wins_does_not_say_twice(default_kb):
    text = ("The double-Palme club: directors who have won Cannes' top prize twice\n\n"
            "Michael Haneke took the Palme for The White Ribbon in 2009 and for Amour in 2012.")
    r = reelcheck.check(text, kb=default_kb)
    assert not [c for c in r.claims if c.verdict == "supported"
                and "twice" in c.text and "note" in c.explanation], \
        [(c.text, c.explanation) for c in r.claims]
    assert [c for c in r.claims if c.verdict == "supported" and "White Ribbon" in c.text]
