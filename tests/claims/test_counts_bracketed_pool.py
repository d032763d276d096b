"""A pool of nominations set in brackets after a count of prizes ("scooped five Oscars (out of
six nominations)") is the count's pool, as without the brackets: the bracket mend that makes a
parenthesis after a name that name's apposition leaves a pool preposition where the parser put
it. Before, the pool's number was never read and a wrong one was supported.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck

from award_claims import check_row


@pytest.mark.parametrize("text,want", [
    ("Anora scooped five Oscars (out of six nominations) at the 97th Academy Awards.",
     "supported"),
    ("Anora scooped five Oscars (out of seven nominations) at the 97th Academy Awards.",
     "refuted"),
])
def test_a_bracketed_pool(default_kb, text, want):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims]
    check_row(got, want)
