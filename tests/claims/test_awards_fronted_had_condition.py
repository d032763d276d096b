"""A condition fronted with "Had" ("Had X won Best Picture, Y would have ...") tells what did not
happen, also where the parser takes "Had" for the clause's verb and hangs "won" under it (as it
does before a title that opens with "The"): no claim, never a refute. Sentences are written for
these tests; facts are the default KB's (The Power of the Dog lost Best Picture to CODA at the
94th Academy Awards; The Irishman lost to Parasite at the 92nd)."""
from __future__ import annotations

import reelcheck


def test_a_fronted_had_clause_before_a_title_is_a_condition(default_kb):
    for text in ("Had The Power of the Dog taken Best Picture, Jane Campion would have "
                 "owned the night outright.",
                 "Had The Irishman won Best Picture at the 92nd Academy Awards, Netflix "
                 "would have had its first top prize."):
        got = reelcheck.check(text, kb=default_kb).claims
        assert not [c for c in got if c.verdict == "refuted"], \
            [(c.text, c.verdict, c.explanation) for c in got]
        assert not [c for c in got if "Best Picture" in c.text], \
            [(c.text, c.verdict) for c in got]


def test_a_plain_past_perfect_win_is_still_told(default_kb):
    got = reelcheck.check("By then The Irishman had won Best Picture at the 92nd Academy "
                          "Awards.", kb=default_kb).claims
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.verdict) for c in got]
