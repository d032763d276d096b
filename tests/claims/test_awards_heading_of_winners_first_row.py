"""A heading that opens with a category and says what its list holds ("Best Supporting Actor
winners") is the list's heading, not a group's category line: its first row is read like the
others (it had been dropped). Sentences written for these tests; facts from the Academy's record
in the default KB."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_the_first_row_under_a_category_heading_of_winners_is_read(default_kb):
    got = awards("Best Supporting Actor winners\n\n2008 – Javier Bardem, No Country for Old "
                 "Men\n2009 – Heath Ledger, The Dark Knight\n", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
    assert "Javier Bardem" in got[0].text
    # (a heading over nominees still reads no wins)
    got = awards("Best Actress nominees\n\n2000 – Hilary Swank (Boys Don't Cry)\n"
                 "2000 – Annette Bening (American Beauty)\n", default_kb)
    assert not any(c.verdict == "refuted" for c in got)


def test_a_wrong_film_in_that_first_row_is_refuted(default_kb):
    got = awards("Best Actress winners\n\n2000 – Hilary Swank (Million Dollar Baby)\n"
                 "2005 – Hilary Swank (Boys Don't Cry)\n", default_kb)
    assert [c.verdict for c in got] == ["refuted", "refuted"]


def test_a_row_marked_the_winner_under_a_category_of_nominees_is_read(default_kb):
    # "Best Actress nominees" over the category's nominees: the row marked "(winner)" says
    # itself which won, at the night the heading above names
    ok = awards("97th Academy Awards\n\nBest Actress nominees\n- Mikey Madison, Anora (winner)\n"
                "- Demi Moore, The Substance\n", default_kb)
    wrong = awards("97th Academy Awards\n\nBest Actress nominees\n- Demi Moore, The Substance "
                   "(winner)\n- Mikey Madison, Anora\n", default_kb)
    assert [c.verdict for c in ok] == ["supported"]
    assert [c.verdict for c in wrong] == ["refuted"]
