""""Payal Kapadia accepted the Grand Prix": a name of given name and surname that the tagger
takes for a place, and that the KB knows as nothing, is someone the KB lacks: a winner (or
nominee) a complete list of winners refutes, and not_enough_info where the KB holds no list.
A place the KB knows ("Norway", "South Korea") is not read so.

Sentences written for these tests; the facts are the default KB's (the 2024 Palme d'Or went to
Anora; the 97th Academy Awards' Best Director nominees are complete; the KB holds no winners of
Cannes' Grand Prix)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_an_unknown_name_taken_for_a_place_is_refuted_by_a_complete_list(default_kb):
    assert _awards("Payal Kapadia won the Palme d'Or in 2024.", default_kb) == ["refuted"]
    assert _awards("The Palme d'Or went to Payal Kapadia in 2024.", default_kb) == ["refuted"]
    # (a place the KB knows is not read so)
    assert _awards("South Korea won the Palme d'Or in 2019.", default_kb) == []


def test_an_unknown_name_is_no_nominee_of_a_complete_field(default_kb):
    assert _awards("Payal Kapadia was nominated for Best Director at the 97th Academy Awards.",
                   default_kb) == ["refuted"]


def test_a_prize_the_kb_holds_no_winners_of_forms_an_open_claim(default_kb):
    assert _awards("At Cannes in 2024, Payal Kapadia accepted the Grand Prix.",
                   default_kb) == ["not_enough_info"]

