"""A date modifying the show noun a prize's verb is at ("At the March 2 ceremony, X won ...",
"X won ... at the March 2 ceremony") dates the night of the win, as "on March 2" does: the
award claim checks it against the edition the KB holds the win at. Before, a date on a noun
was always taken for that noun's own event and the award claim left it unchecked. A date on
another noun ("after its May 21 premiere") still is not the win's. Sentences are written for
these tests; the facts are the default KB's (97th Academy Awards: March 2, 2025)."""
from __future__ import annotations

import pytest

import reelcheck


def _award(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]
    assert len(got) == 1, [(c.text, c.verdict) for c in got]
    return got[0]


@pytest.mark.parametrize("text", [
    "At the March {} ceremony, Mikey Madison won the Oscar for Best Actress.",
    "Mikey Madison took home the Academy Award for Best Actress at the March {} telecast.",
    "During the March {} ceremony, Sean Baker won the Oscar for Best Director.",
])
def test_the_night_of_the_win_is_checked(default_kb, text):
    assert _award(text.format(2), default_kb).verdict == "supported"
    for day in (9, 16):
        c = _award(text.format(day), default_kb)
        assert c.verdict == "refuted", c.explanation
        assert "March 2, 2025" in c.explanation


def test_a_show_the_clause_does_not_name_stays_open(default_kb):
    # "Best Actress" alone may be another show's prize, held another night
    c = _award("At the February 22 ceremony, Mikey Madison won Best Actress.", default_kb)
    assert c.verdict != "refuted", c.explanation
