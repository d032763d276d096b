"""A count narrowed by an "in" phrase to a class of categories ("one Oscar in the acting
categories", "a win in acting") counts that class's prizes, as "one acting Oscar" does; an
"in" phrase naming categories the KB cannot single out ("in the technical categories") leaves
the count open. Before, the phrase was ignored and the whole night's wins refuted a true count.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck

from award_claims import check_row


def _verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


@pytest.mark.parametrize("text,want", [
    ("Anora won one Oscar in the acting categories at the 97th Academy Awards.", "supported"),
    ("Anora won one Oscar in acting at the 97th Academy Awards.", "supported"),
    ("Anora won three Oscars in the acting categories at the 97th Academy Awards.", "refuted"),
    ("Anora received two nominations in the acting categories at the 97th Academy Awards.",
     "supported"),
    ("Anora received six nominations in the acting categories at the 97th Academy Awards.",
     "refuted"),
])
def test_a_count_in_a_class_of_categories(default_kb, text, want):
    got = _verdicts(text, default_kb)
    check_row(got, want)


def test_a_count_in_categories_the_kb_cannot_single_out_is_not_refuted(default_kb):
    got = _verdicts("Anora won three Oscars in the technical categories at the 97th Academy "
                    "Awards.", default_kb)
    assert "refuted" not in got
