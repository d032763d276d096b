"""A day of no year said of an award show by the family's name ("the BAFTAs, held on February
16") is of the edition the winner of that clause's own award claim won at, when the KB has it
winning at one edition of that show: a wrong day is then refuted, not left open. A winner told
of by another verb of the sentence ("X, who won last year, presented at the Oscars on ...")
does not pick the edition, and such a day may only support. Sentences written for this test;
the default KB holds the 78th BAFTAs (February 16, 2025), the 97th Academy Awards (March 2,
2025) and the 36th PGA Awards (February 8, 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def _dates(text, kb):
    return [(c.verdict, c.object) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "ceremony_date"]


@pytest.mark.parametrize("true,mutant,day,wrong", [
    ("Conclave won best film at the BAFTAs, held on February 16 in London.",
     "Conclave won best film at the BAFTAs, held on February 9 in London.",
     "February 16", "February 9"),
    ("At the Producers Guild Awards on February 8, Anora took the top prize.",
     "At the Producers Guild Awards on February 15, Anora took the top prize.",
     "February 8", "February 15"),
    ("The Oscars, held March 2, crowned Anora.", "The Oscars, held March 16, crowned Anora.",
     "March 2", "March 16"),
    ("Anora picked up five Oscars on March 2 in Hollywood.",
     "Anora picked up five Oscars on March 3 in Hollywood.", "March 2", "March 3"),
])
def test_the_winners_edition_decides_its_day(default_kb, true, mutant, day, wrong):
    assert _dates(true, default_kb) == [("supported", day)]
    assert ("refuted", wrong) in _dates(mutant, default_kb)


@pytest.mark.parametrize("own,other", [
    ("Mikey Madison won Best Actress at the Oscars on March 15.",
     "Mikey Madison, who won Best Actress last year, presented at the Oscars on March 15."),
    ("Anora won Best Picture at the Oscars on March 15.",
     "Anora won Best Picture in 2025; Mikey Madison returned to the Oscars on March 15 to "
     "present."),
    ("Conclave took the BAFTA for best film on February 22.",
     "Conclave, the winner of the BAFTA for best film, came back to the BAFTAs on February 22 "
     "as a talking point."),
])
def test_a_winner_of_another_verb_does_not_pick_the_edition(default_kb, own, other):
    assert "refuted" in [v for v, _ in _dates(own, default_kb)]
    assert all(v != "refuted" for v, _ in _dates(other, default_kb))
