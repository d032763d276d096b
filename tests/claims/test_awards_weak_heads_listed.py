"""A bare craft word that alone names no prize ("sound", "score", "song") names one in a list
of prizes beside a category phrase ("for international feature and sound"); and a count said
before such a list ("won two, for A and B") counts the list, not its first item. Sentences
written for these tests; facts from the 96th Academy Awards in the default KB (The Zone of
Interest won International Feature and Sound; Poor Things won Costume Design, not Sound;
Oppenheimer won Film Editing and Score, not Song)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category in ("award", "count")]


def test_a_count_before_a_list_counts_the_list(default_kb):
    got = claims("On a quieter night at the 96th Academy Awards, The Zone of Interest won two, "
                 "for international feature and sound.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)
    assert any(c.category == "count" for c in got)


def test_a_wrong_count_before_a_list_is_the_films_count(default_kb):
    got = claims("On a quieter night at the 96th Academy Awards, The Zone of Interest won "
                 "three, for international feature and sound.", default_kb)
    wrong = [c for c in got if c.verdict == "refuted"]
    assert len(wrong) == 1 and wrong[0].category == "count" and "2 Oscars" in wrong[0].explanation


def test_a_weak_head_in_a_list_is_a_prize(default_kb):
    got = claims("At the 96th Academy Awards, Poor Things picked up Oscars for sound and "
                 "costume design.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Sound" in got[0].explanation


def test_a_weak_head_after_a_category_in_a_list(default_kb):
    got = claims("At the 96th Academy Awards, Oppenheimer picked up Oscars for editing and "
                 "song.", default_kb)
    assert [c.verdict for c in got] == ["supported", "refuted"]


def test_a_weak_head_alone_names_no_prize(default_kb):
    got = claims("Critics praised the film's sound and its score.", default_kb)
    assert got == []
