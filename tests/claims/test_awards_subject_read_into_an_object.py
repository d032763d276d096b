"""A list of tallies told clause by clause ("A led with 13, while B followed with 10 and C
collected 11"): the parser may read "10 and C" as one object of "with" and join the last
verb to the first with no subject of its own, so that C's count was judged as A's (a value
from another clause). The words after the "and" are the last verb's subject and the number
the object again (claims/attach.py, _subjects_read_into_an_object). Sentences are written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LINE = ('Christopher Nolan\'s "Oppenheimer" led the Oscar field with 13 nominations, while '
        'Martin Scorsese\'s "Killers of the Flower Moon" followed with 10 and Yorgos '
        'Lanthimos\'s "Poor Things" collected {n}.')


def _last(rep):
    got = [(c.verdict, c.text, c.explanation) for c in rep.claims if "collected" in c.text]
    assert got, [(c.verdict, c.text, c.explanation) for c in rep.claims]
    return got[0]


def test_the_last_tally_is_the_last_film_s(default_kb):
    verdict, _text, why = _last(reelcheck.check(LINE.format(n=11), kb=default_kb))
    assert verdict == "supported" and why.startswith("Poor Things"), why


def test_a_wrong_last_tally_is_refuted_with_that_film_s_count(default_kb):
    verdict, _text, why = _last(reelcheck.check(LINE.format(n=9), kb=default_kb))
    assert verdict == "refuted" and why.startswith("Poor Things") and "Oppenheimer" not in why, \
        why


def test_a_number_with_no_name_after_its_and_stays_the_object(default_kb):
    rep = reelcheck.check('"Oppenheimer" led the Oscar field with 13 nominations and '
                          'collected 7 statuettes.', kb=default_kb)
    assert all(c.verdict != "refuted" for c in rep.claims), \
        [(c.verdict, c.text, c.explanation) for c in rep.claims]
