"""An edition's number inside the name that modifies a win noun ("her 97th Academy Awards
win") is a word of the edition's name, not which of the winner's wins this one is
(claims/awards/ranks.py `_career_ordinal`). Sentences are written for these tests; the facts are
the default KB's (Mikey Madison's one Oscar, Best Actress at the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_an_edition_s_number_on_a_win_noun_is_no_ordinal_of_the_win(default_kb):
    got = awards("Mikey Madison celebrated her 97th Academy Awards win at the Vanity Fair party.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    assert "ordinal" not in got[0].slots or got[0].slots.get("ordinal") in (None, 1)


def test_a_career_ordinal_is_still_read(default_kb):
    got = awards("Mikey Madison celebrated her second Oscar win at the Vanity Fair party.",
                 default_kb)
    assert [c.verdict for c in got] == ["refuted"]
