"""A list's bare row may have the item's prose after it on its line ("1. Title (2019) - Maker.
Still the one to beat.") and may put "by" or "directed by" between title and maker
(claims/frames.py `_bare_row`, claims/parse.py `_names_only`, lexicon
`qualifiers.layout_row_credits`, claims/awards/passage.py `_row_prize`): the heading over the
list still says what each row won. Rows are written for these tests; the facts are the
default KB's (the complete Palme d'Or list)."""
from __future__ import annotations

import reelcheck

HEADING = "Palme d'Or winners worth a second look\n\n"


def award_rows(rows, kb):
    r = reelcheck.check(HEADING + "\n".join(rows) + "\n", kb=kb)
    return [(c.verdict, c.text) for c in r.claims if c.category == "award"]


def test_rows_with_prose_after_them_and_credit_words_are_read(default_kb):
    got = award_rows(["1. Titane (2021) - Julia Ducournau. Loud, strange and tender.",
                      "2. The Square (2017) by Ruben Ostlund. A satire of the art world.",
                      "3. Anora (2024) by Sean Baker",
                      "4. Dheepan (2015), directed by Jacques Audiard"], default_kb)
    assert [v for v, _t in got] == ["supported"] * 4, got


def test_a_wrong_year_in_such_a_row_is_refuted_and_a_wrong_maker_left_open(default_kb):
    got = dict((t, v) for v, t in award_rows(
        ["1. Titane (2021) - Julia Ducournau. Loud, strange and tender.",
         "2. The Square (2016) by Ruben Ostlund. A satire of the art world.",
         "3. Anora (2024) by Sean Baker",
         "4. Dheepan (2015) by Ken Loach. Tough going."], default_kb))
    assert got.get("The Square (2016) by Ruben Ostlund") == "refuted", got
    assert got.get("Dheepan (2015) by Ken Loach") == "not_enough_info", got


def test_rows_under_a_heading_of_losers_are_no_wins(default_kb):
    r = reelcheck.check("Films that competed for the Palme d'Or and lost\n\n"
                        "1. Emilia Perez (2024) by Jacques Audiard. It took the jury prize.\n"
                        "2. Anora (2023) by Sean Baker\n", kb=default_kb)
    got = [(c.verdict, c.text) for c in r.claims if c.category == "award"]
    assert not [x for x in got if x[0] != "not_enough_info"], got
