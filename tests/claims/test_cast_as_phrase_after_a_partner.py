""""A stars opposite B as X": the 'as' phrase may be said of A or of the partner B right
before it. Where the KB gives X to B the sentence is read as B's part (to confirm), never
refuted as A's; where the KB gives X to neither, both readings are false and it is refuted.
A parser that reads "opposite" as a modifier of B (B the verb's object) changes nothing.
Sentences are written for these tests; the facts are the default KB's Anora cast."""
from __future__ import annotations

from credit_claims import played_parts as parts


def test_the_partners_part_is_not_refuted_as_the_subjects(default_kb):
    got = parts("Madison stars opposite Mark Eydelshteyn as Vanya.", default_kb)
    assert got == [("ivan-zakharov", "mark-eydelshteyn", "supported")]
    # a part neither of them plays: both readings are false
    got = parts("Yura Borisov stars alongside Mikey Madison as Toros.", default_kb)
    assert [v for _, _, v in got] == ["refuted"]


def test_opposite_read_as_a_modifier_of_the_partner(default_kb):
    got = parts("In Anora, Yura Borisov plays opposite Mikey Madison as Ani.", default_kb)
    assert got == [("anora-mikheeva", "mikey-madison", "supported")]
