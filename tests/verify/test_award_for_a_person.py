"""A film's prize said to be "for" a person ("Anora won Best Actress for Mikey Madison") states
whose prize it was: the facts that bear the win out must name that person as a recipient. A
prize of the film the KB records for someone else leaves the claim open; of a show as a whole
("an Oscar for X", "the DGA Award for X"), only the person's prizes count. Before, the person
was ignored and the film's win alone supported the claim. Sentences written for these tests;
facts of the default KB (Anora's Best Director Oscar, DGA Award and Palme d'Or went to Sean
Baker, its Best Actress Oscar and BAFTA to Mikey Madison)."""
from __future__ import annotations

import pytest

from tests.helpers.award_claims import only_award


@pytest.mark.parametrize("text", [
    "In the end Anora took Best Director for Mikey Madison.",
    "In the end Anora took Best Actress for Yura Borisov.",
    "In the end Anora took the Palme d'Or for Mikey Madison.",
    "In the end Anora took the DGA Award for Mikey Madison.",
    "In the end Anora took a BAFTA for Sean Baker.",
])
def test_a_prize_the_kb_records_for_someone_else_is_not_supported(text, default_kb):
    c = only_award(text, default_kb)
    assert c.verdict == "not_enough_info", (c.text, c.explanation)


@pytest.mark.parametrize("text, prize", [
    ("In the end Anora took an Oscar for Mikey Madison.", "Best Actress"),
    ("In the end Anora took a BAFTA for Mikey Madison.", "Best Actress"),
])
def test_the_person_s_own_prize_of_the_show_supports(text, prize, default_kb):
    c = only_award(text, default_kb)
    assert c.verdict == "supported", (c.text, c.explanation)
    # the prize named is hers, not the film's others
    assert prize in c.explanation, c.explanation
    assert not any(w in c.explanation for w in ("Director", "Casting")), c.explanation
