"""A show's family name with the edition's number before it ("the 82nd Golden Globes") names
that edition: a day of no year said of it is that edition's day, supported or refuted, as
when the edition's full name is used. A count a possessive owns ("her 2nd Golden Globes") is
no edition number. Sentences written for this test; the default KB holds the 78th BAFTAs
(February 16, 2025) and the 82nd Golden Globes (January 5, 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def _dates(text, kb):
    return [(c.verdict, c.object) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "ceremony_date"]


@pytest.mark.parametrize("true,mutant,day,wrong", [
    ("The 78th BAFTAs took place on February 16.", "The 78th BAFTAs took place on February 23.",
     "February 16", "February 23"),
    ("Recap: the 82nd Golden Globes were handed out on January 5.",
     "Recap: the 82nd Golden Globes were handed out on January 12.",
     "January 5", "January 12"),
])
def test_a_numbered_family_name_dates_its_edition(default_kb, true, mutant, day, wrong):
    assert ("supported", day) in _dates(true, default_kb)
    assert ("refuted", wrong) in _dates(mutant, default_kb)
    assert "refuted" not in [c.verdict for c in reelcheck.check(true, kb=default_kb).claims]


def test_a_possessive_count_is_no_edition_number(default_kb):
    assert ("refuted", "January 12") in _dates("The 82nd Golden Globes were held on January 12.",
                                               default_kb)
    got = _dates("Demi Moore attended her 2nd Golden Globes on January 12.", default_kb)
    assert all(v != "refuted" for v, _ in got)
