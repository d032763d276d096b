"""A bare year opening a sentence's winner phrase ("2019 Oscar winner X stars in ...") dates
the win, though with no determiner before it the parser hangs the year on the clause's verb.
It was dropped, so a wrong year was supported as the win. Sentences written for these tests;
facts from the default KB (the Oscar record, the Palme d'Or list)."""
from __future__ import annotations

from tests.helpers.award_claims import awards


def verdicts(text, kb):
    return [c.verdict for c in awards(text, kb)]


def test_a_wrong_year_opening_the_winner_phrase_is_refuted(default_kb):
    for s in ("1997 Oscar winner Martin Landau stars in the film.",
              "2021 Palme d'Or winner Anora returns to theaters this month.",
              "2012 Best Actress Oscar winner Mikey Madison joins the panel."):
        assert verdicts(s, default_kb) == ["refuted"], s


def test_the_true_year_opening_the_winner_phrase_is_supported(default_kb):
    for s in ("1995 Oscar winner Martin Landau stars in the film.",
              "2024 Palme d'Or winner Anora returns to theaters this month.",
              "2025 Best Actress Oscar winner Mikey Madison joins the panel."):
        assert verdicts(s, default_kb) == ["supported"], s


def test_a_year_the_parser_hangs_on_the_name_is_read_too(default_kb):
    # (here the parser sets the year on the name the winner noun describes)
    assert verdicts("1998 Oscar winner Mira Sorvino stars in the film.", default_kb) == \
        ["refuted"]
    assert verdicts("1996 Oscar winner Mira Sorvino stars in the film.", default_kb) == \
        ["supported"]


def test_a_year_the_verb_takes_is_not_the_winners(default_kb):
    # the year after the verb dates the screening, not the win
    got = verdicts("Palme d'Or winner Anora returns to theaters in 2027.", default_kb)
    assert "refuted" not in got, got
