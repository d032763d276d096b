"""A noun that only sums prizes (`count_containers`: "haul", "tally", "total") set as the
subject of a copula, or before a colon, with a possessor ("Anora's haul at the Oscars was five
wins from six nominations", "Anora's BAFTA haul: two wins") counts the possessor's prizes at
the show the phrase names: the wins and nominations it is set equal to are the possessor's.
Sentences written for these tests."""
from __future__ import annotations

from award_claims import all_verdicts


def test_a_haul_set_equal_to_wins_and_nominations(default_kb):
    # before: no claim for any of these
    assert all_verdicts("Anora's haul at the 97th Oscars was five wins from six nominations.",
                        default_kb) == ["supported"]
    assert all_verdicts("Anora's haul at the 97th Oscars was four wins from six nominations.",
                        default_kb) == ["refuted"]
    assert all_verdicts("Anora's haul at the 97th Oscars: five wins from six nominations.",
                        default_kb) == ["supported"]


def test_a_tally_or_total_of_one_show(default_kb):
    # before: no claim
    assert all_verdicts("Anora's total at the Critics Choice Awards was seven nominations.",
                        default_kb) == ["supported"]
    assert all_verdicts("Anora's total at the Critics Choice Awards was nine nominations.",
                        default_kb) == ["refuted"]
    assert all_verdicts("Anora's BAFTA haul was two wins.", default_kb) == ["supported"]
    assert all_verdicts("Anora's BAFTA haul was three wins.", default_kb) == ["refuted"]
    # a haul of no prizes is no count of prizes
    assert "refuted" not in all_verdicts("Anora's box office haul was 57 million dollars.",
                                         default_kb)
