"""A clause that names a television, theatre or music show's prize ("the Emmy", "a Tony") is
about that show, which the KB keeps no record of: its category is never read as the film show
the passage is about, so it is never refuted with an Oscar night. Sentences written for these
tests."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_an_emmy_after_an_oscar_passage_is_not_an_oscar(default_kb):
    got = awards("The Oscars crowned Anora. Jean Smart, meanwhile, collected the Emmy for "
                 "lead actress in a comedy series in 2024.", default_kb)
    smart = [c for c in got if "Smart" in c.text]
    assert smart and all(c.verdict == "not_enough_info" for c in smart)


def test_a_tony_beside_an_oscar_is_left_open(default_kb):
    got = awards("Cate Blanchett won best actress at the 86th Academy Awards. Later she won "
                 "the Tony for best actress in a play.", default_kb)
    later = [c for c in got if "Tony" in c.text]
    assert later and all(c.verdict == "not_enough_info" for c in later)
    # the Oscar itself is still checked
    assert [c.verdict for c in got if "86th" in c.text] == ["supported"]
