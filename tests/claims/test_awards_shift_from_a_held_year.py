"""A year counted from an earlier sentence's win ("won ... in 2010. Two years later he won
...") is a year a ceremony was held when the earlier one was said so: it is not also read as
the year of the films honoured, which let a wrong interval pass as the next ceremony's win.
Sentences written for these tests; facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def second(text, kb):
    got = [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]
    return got[1:]


def test_a_wrong_count_of_years_from_a_held_year_is_not_supported(default_kb):
    # Mahershala Ali won at the 89th (2017) and the 91st (2019): one year on is 2018
    got = second("Mahershala Ali took Best Supporting Actor for Moonlight in 2017. "
                 "A year later he took Best Supporting Actor again, for Green Book.", default_kb)
    assert got and all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_the_right_count_of_years_still_supports(default_kb):
    got = second("Mahershala Ali took Best Supporting Actor for Moonlight in 2017. "
                 "Two years later he took Best Supporting Actor again, for Green Book.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"], \
        [(c.text, c.verdict, c.explanation) for c in got]
