"""A run of winners, "A won the Palme d'Or in 2019, B took it in 2018, and C claimed it in
2022": the "it" a win verb takes is the prize the sentence named before it, even when the
parser makes the first clause a complement of the second. Each clause is a claim with its own
year. Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def _rows(text, kb):
    return [(c.slots.get("subject"), c.slots.get("award"), c.slots.get("year"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_each_clause_of_the_run_is_checked_with_its_own_year(default_kb):
    text = ("The Square won the Palme d'Or in 2017, Shoplifters took it in 2018, and "
            "Parasite, a class satire from Korea, claimed it in 2020.")
    assert _rows(text, default_kb) == [
        ("the-square-2017-film", "palme-d-or", 2017, "supported"),
        ("shoplifters-2018-film", "palme-d-or", 2018, "supported"),
        ("parasite-2019-film", "palme-d-or", 2020, "refuted")]


def test_the_category_said_again(default_kb):
    text = ("Olivia Colman won Best Actress in 2019, Renee Zellweger took it in 2020, and "
            "Frances McDormand collected it in 2021.")
    got = _rows(text, default_kb)
    assert [(s, a, v) for s, a, _y, v in got] == [
        ("olivia-colman", "academy-award-for-best-actress", "supported"),
        ("renee-zellweger", "academy-award-for-best-actress", "supported"),
        ("frances-mcdormand", "academy-award-for-best-actress", "supported")]
