"""A bare win ("X won for FILM") whose category the awards family reads from the passage: when
that category does not hold, the clause itself names only the work, so a prize of the same show
for that work supports it (verify `_family_reading`). Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "Da'Vine Joy Randolph was named best supporting actress at the 96th Academy Awards.\n\n"


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_bare_win_for_a_film_holds_by_another_prize_of_the_show(default_kb):
    got = award_claims(LEAD + "The film's editor, Jennifer Lame, won for Oppenheimer.", default_kb)
    last = got[-1]
    assert last.verdict == "supported", (last.text, last.explanation)
    assert "Film Editing" in last.explanation


def test_a_bare_win_for_a_film_the_person_won_nothing_for_is_not_supported(default_kb):
    got = award_claims(LEAD + "The film's editor, Jennifer Lame, won for Tenet.", default_kb)
    assert got[-1].verdict == "not_enough_info", (got[-1].text, got[-1].explanation)


def test_a_category_the_clause_names_is_not_widened(default_kb):
    got = award_claims(LEAD + "Jennifer Lame won best supporting actress for Oppenheimer.",
                       default_kb)
    assert got[-1].verdict != "supported", (got[-1].text, got[-1].explanation)
