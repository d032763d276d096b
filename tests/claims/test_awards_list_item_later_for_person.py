"""An item of a list of prizes read with its own person ("Best Director for Sean Baker"), then
a "for" person the parser hangs on the verb after it ("... and Best Actress for Demi Moore"):
that phrase is of a prize of the list the item does not read, so the item is not supported
past it. Sentences written for these tests."""
from __future__ import annotations

from award_claims import readings


def test_a_later_for_person_keeps_the_item_open(default_kb):
    got = readings("At the 97th Academy Awards, Anora won Best Picture, Best Director for Sean "
                   "Baker and Best Actress for Demi Moore.", default_kb)
    assert got and all(v != "supported" for v, _ in got), got
    assert any("Demi Moore" in why for _, why in got)


def test_the_verb_s_for_person_of_the_first_item_is_read_as_before(default_kb):
    got = readings("At the 97th Academy Awards, Anora took Best Picture for Sean Baker, Best "
                   "Actress for Mikey Madison and Best Film Editing for Sean Baker.", default_kb)
    assert [v for v, _ in got] == ["supported"] * 3


def test_an_item_alone_still_holds(default_kb):
    got = readings("Anora won five Oscars at the 97th Academy Awards, including Best Director "
                   "for Sean Baker.", default_kb)
    assert "supported" in [v for v, _ in got], got
