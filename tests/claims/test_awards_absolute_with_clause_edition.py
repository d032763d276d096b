"""An absolute "with" clause ("Cannes 2022 ended with Triangle of Sadness taking the Palme") has
a subject of its own and still tells the time of the clause it hangs on: the edition that clause
names (a festival's edition as much as a ceremony) is the win's. Before, the subject made the
win stand alone, and a wrong edition was supported. Sentences written for these tests; the
facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("true, mutant", [
    ("Cannes 2022 ended with Triangle of Sadness taking the Palme d'Or.",
     "Cannes 2021 ended with Triangle of Sadness taking the Palme d'Or."),
    ("The 77th Cannes Film Festival closed with Anora winning the Palme d'Or.",
     "The 76th Cannes Film Festival closed with Anora winning the Palme d'Or."),
    ("The 92nd Academy Awards ended with Parasite winning Best Picture.",
     "The 91st Academy Awards ended with Parasite winning Best Picture."),
])
def test_the_governing_clause_s_edition_is_the_win_s(true, mutant, default_kb):
    got = _awards(true, default_kb)
    assert got and all(v == "supported" for v in got), (true, got)
    got = _awards(mutant, default_kb)
    assert got and all(v == "refuted" for v in got), (mutant, got)

