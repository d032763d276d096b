""""All N of X's wins (nominations)" says X has N of them: the number that a whole-set word
takes over an owned plural relation noun counts the noun. Before, the number hung above the
noun (the subject of the clause) and the noun's frame read no count. A number without the
whole-set word ("three of X's wins") is a part and counts nothing.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.slots.get("count")) for c in r.claims
            if c.slots.get("kind") == "award_count"]


def test_all_n_of_an_owners_prizes_counts_them(default_kb):
    assert _counts("All two of Wicked's Oscar wins came in design categories.",
                   default_kb) == [("supported", 2)]
    assert _counts("All three of Wicked's Oscar wins came in design categories.",
                   default_kb) == [("refuted", 3)]
    assert _counts("At the 97th Academy Awards, all eight of Conclave's nominations went "
                   "to its cast and crew.", default_kb) == [("supported", 8)]
    assert _counts("At the 97th Academy Awards, all nine of Conclave's nominations went "
                   "to its cast and crew.", default_kb) == [("refuted", 9)]
    # a part of the set counts nothing
    got = _counts("Two of Conclave's nominations at the 97th Academy Awards came for "
                  "its cast.", default_kb)
    assert all(v != "refuted" for v, _n in got)
