"""A list of bare rows read as wins of the prize its heading names, most of whose rows do not
hold so, was misread (a list of another prize, or of films dated another way): none of its
rows is refuted, each is left open with why. A list whose rows mostly hold still refutes the
row that does not.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims
            if c.category == "award"]


def test_a_list_whose_rows_mostly_fail_refutes_none(default_kb):
    # Best Picture winners, dated by their ceremonies, under a heading that names the Palme
    text = ("Palme d'Or winners, as the forum remembers them\n\n"
            "- Nomadland (2021)\n- CODA (2022)\n- Green Book (2019)\n- Parasite (2019)\n")
    got = _awards(text, default_kb)
    assert got and not any(v == "refuted" for _, v, _ in got)
    assert any("rows of this list" in why for _, v, why in got if v == "not_enough_info")


def test_a_list_whose_rows_mostly_hold_refutes_the_wrong_one(default_kb):
    text = ("Palme d'Or winners, as the forum remembers them\n\n"
            "- Shoplifters (2018)\n- Parasite (2019)\n- Titane (2022)\n"
            "- Anatomy of a Fall (2023)\n")
    got = _awards(text, default_kb)
    assert [v for t, v, _ in got if "Titane" in t] == ["refuted"]
    assert [v for t, v, _ in got if "Parasite" in t] == ["supported"]
