"""A win claimed for a name the linker could not tie to the KB, dated by a bare year: the year
may be that of the films the show honoured (held the next year), so a winner of that show whose
name the written one may be keeps the claim from being refuted against the other show.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award" and "won" in c.text]


def test_a_winner_of_the_films_of_that_year_is_not_refuted(default_kb):
    # Iñárritu won Best Director for a 2014 film at the 2015 show; the short spelling without
    # middle initial or accents is not linked, and the 2014 show's winner was someone else
    got = wins("Oscar night history: Alejandro Inarritu won Best Director in 2014, for a film "
               "shot to look like one long take.", default_kb)
    assert got and all(c.verdict != "refuted" for c in got)


def test_neither_show_of_the_year_leaves_the_refute(default_kb):
    got = wins("Oscar night history: Alejandro Inarritu won Best Director in 2011.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "not Alejandro Inarritu" in got[0].explanation
