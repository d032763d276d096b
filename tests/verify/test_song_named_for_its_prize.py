"""A song prize said to be "for" a song's title is for the piece the record names as the
fact's detail: the title checks out against it, while a song the record does not name stays
open (the KB names only the winning piece). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_winning_song_title_is_supported(default_kb):
    got = awards('At the 91st Academy Awards the best original song Oscar went to '
                 'A Star Is Born, for "Shallow".', default_kb) + awards(
        'Back in 1987 Top Gun took the Academy Award for best original song for '
        '"Take My Breath Away".', default_kb)
    assert got and [c.verdict for c in got] == ["supported"] * len(got)


def test_another_song_title_is_left_open(default_kb):
    got = awards('Back in 1987 Top Gun took the Academy Award for best original song for '
                 '"Mighty Wings".', default_kb)
    assert got and all(c.verdict == "not_enough_info" for c in got)
