"""A venue the sentence names with its article ("The Beverly Hilton", as photo agencies write
it) is the place its location claim judged: slot accounting takes the KB place's id the
claim holds, not only its label, so the article leaves nothing unchecked."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_the_article_of_a_venue_is_no_unchecked_word(default_kb):
    got = verdicts("Aubrey Plaza arrives at the 82nd Golden Globe Awards, held at The "
                   "Beverly Hilton on January 5, 2025.", default_kb)
    assert ("event_location", "supported") in got and ("ceremony_date", "supported") in got
    assert all(v != "not_enough_info" for _, v in got), got
    got = verdicts("The 77th Directors Guild of America Awards were held at The Beverly "
                   "Hilton.", default_kb)
    assert got == [("event_location", "supported")]
    # a wrong venue with its article is still wrong
    assert ("event_location", "refuted") in verdicts(
        "The 30th Critics Choice Awards were held at The Beverly Hilton.", default_kb)
