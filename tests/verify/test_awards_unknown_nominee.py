"""A nomination claimed for a name the KB lacks is refuted by a complete list of the category's
nominees that does not name them, as a win is by a complete list of winners; never where the
list is incomplete, and never when the name is on it under another spelling. Sentences and the
name Jane Plimpton written for these tests."""
from __future__ import annotations

import pytest

from award_claims import readings


@pytest.mark.parametrize("text", [
    "Jane Plimpton was nominated for Best Actress at the 97th Academy Awards.",
    "At the 97th Academy Awards, Jane Plimpton earned a nod for Best Director.",
])
def test_a_name_off_the_complete_list_is_refuted(text, default_kb):
    ((verdict, why),) = readings(text, default_kb)
    assert verdict == "refuted" and "not among the nominees" in why
    assert "97th Academy Awards" in why


def test_the_refute_lists_the_nominees(default_kb):
    ((_, why),) = readings("Jane Plimpton was nominated for Best Actress at the 97th Academy "
                           "Awards.", default_kb)
    assert "Mikey Madison (Anora)" in why and "Demi Moore" in why


def test_a_nominee_spelled_without_accents_is_not_refuted(default_kb):
    got = readings("Karla Sofia Gascon was nominated for Best Actress at the 97th Academy "
                   "Awards.", default_kb)
    assert got and all(v != "refuted" for v, _ in got), got


@pytest.mark.parametrize("text", [
    # a festival's competition is not declared complete in the default KB
    "Jane Plimpton was nominated for the Palme d'Or at the 2024 Cannes Film Festival.",
    # a denial of a nomination is not what the list contradicts
    "Jane Plimpton was not nominated for Best Director at the 97th Academy Awards.",
])
def test_no_refute_without_a_list_that_decides(text, default_kb):
    assert all(v != "refuted" for v, _ in readings(text, default_kb))
