"""A superlative in a leading label ("Most Oscars in one evening: X won ...") with no holder of
its own is about the one film the words after the colon name, never the passage's film
(claims/records.py: the label's superlative takes no holder from the passage). Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is a 2024 comedy by Sean Baker. It won five Oscars at the 97th Academy Awards.\n\n"


def test_a_label_names_no_record_of_the_passages_film(default_kb):
    rep = reelcheck.check(LEAD + "Most Oscars in one evening: Sean Baker took four statuettes "
                          "at the 97th Academy Awards.", kb=default_kb)
    bad = [(c.verdict, c.text, c.explanation) for c in rep.claims
           if c.slots.get("kind") == "record" and c.slots.get("achievement") == "most_wins"]
    assert not bad, bad


def test_a_label_over_a_named_film_still_reads_the_record(default_kb):
    rep = reelcheck.check(LEAD + "Most-nominated film of its night: Titanic drew 14 "
                          "nominations at the 70th Academy Awards.", kb=default_kb)
    got = [(c.verdict, c.slots.get("subject")) for c in rep.claims
           if c.slots.get("achievement") == "most_nominations"]
    assert got and got[0] == ("supported", "titanic-1997-film"), got
