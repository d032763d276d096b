"""A description set beside the name it describes, as the subject of a verb ("The film's star,
Mikey Madison, was born in 1999"; "The Palme d'Or winner, Anora, premiered on May 21, 2024"):
the verb's event is the name's (the date family takes the named person or film as the subject),
and a prize noun in the description keeps its own words -- the verb's date is not the prize's
(a wrong refute of a true win said with a birth or premiere day). Sentences written for these
tests about facts the default KB holds."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    return [(c.category, c.verdict) for c in reelcheck.check(text, kb=kb).claims]


def test_a_description_subject_dates_the_name_beside_it(default_kb):
    assert ("date", "supported") in _claims("The film's star, Mikey Madison, was born in 1999.",
                                            default_kb)
    assert ("date", "refuted") in _claims("The film's star, Mikey Madison, was born in 1994.",
                                          default_kb)


def test_a_prize_description_does_not_take_the_verbs_date(default_kb):
    got = _claims("The Palme d'Or winner, Anora, premiered on May 21, 2024.", default_kb)
    assert ("award", "supported") in got and ("date", "supported") in got
    assert all(v != "refuted" for _c, v in got)
    got = _claims("The Oscar winner, Mikey Madison, was born in 1999.", default_kb)
    assert ("award", "supported") in got and ("date", "supported") in got
    assert all(v != "refuted" for _c, v in got)


def test_the_verbs_wrong_date_is_still_refuted_as_its_own(default_kb):
    got = _claims("The Oscar winner, Mikey Madison, was born in 1994.", default_kb)
    assert ("date", "refuted") in got and ("award", "supported") in got
