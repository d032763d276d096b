"""A title that opens with a preposition, right after a preposition ("for On Golden Pond",
"in Out of Africa"): the parser leaves the first preposition without an object and takes the
title's first word for a preposition of the verb; the parse is regrafted so the title is that
object (claims/parse.py _title_after_preposition). Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [(c.category, c.verdict, c.slots.get("for_work"))
            for c in reelcheck.check(text, kb=kb).claims]


def test_a_count_for_such_a_title_is_scoped_to_it(default_kb):
    # Hepburn won one Oscar for it, four in all: "four for On Golden Pond" is wrong
    got = claims("Katharine Hepburn picked up four Oscars for On Golden Pond.", default_kb)
    assert ("count", "refuted", "on-golden-pond-1981-film") in got


def test_a_win_for_such_a_title_names_it(default_kb):
    got = claims("In 1982 Henry Fonda was named Best Actor for On Golden Pond.", default_kb)
    assert any(cat == "award" and v == "supported" for cat, v, _w in got)


def test_a_wrong_title_after_the_right_category_is_never_supported(default_kb):
    got = claims("Sydney Pollack won Best Director for Tootsie.", default_kb)
    assert not any(v == "supported" for _c, v, _w in got)
