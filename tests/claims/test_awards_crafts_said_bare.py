"""A craft said bare after "for" names the prize by its craft: "won an Oscar for writing" is a
writing prize (any of the screenplay categories), "for producing" the producers' Best Picture.
In a list of crafts, one no category reads is said but not checked, so the claim whose words
hold it cannot be supported on the others alone. Sentences written for these tests; facts from
the Oscar record in the default KB (James Cameron won Best Director, Best Film Editing and,
as a producer, Best Picture at the 70th ceremony; no writing prize)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_bare_writing_craft_is_the_class_of_writing_prizes(default_kb):
    got = awards("At the 70th Academy Awards, James Cameron went home with an Oscar for "
                 "writing.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "for writing" in got[0].text and "writing" in got[0].explanation


def test_a_bare_producing_craft_is_best_picture(default_kb):
    got = awards("At the 70th Academy Awards, James Cameron went home with an Oscar for "
                 "producing.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Best Picture" in got[0].explanation and "Film Editing" not in got[0].explanation


def test_a_craft_class_in_a_list_is_its_own_claim(default_kb):
    got = awards("At the 70th Academy Awards, James Cameron collected Oscars for writing and "
                 "editing.", default_kb)
    assert [c.verdict for c in got] == ["refuted", "supported"]
    assert "writing" in got[0].explanation


def test_a_wrong_craft_in_a_longer_list_is_refuted_alone(default_kb):
    got = awards("At the 70th Academy Awards, James Cameron collected Oscars for directing, "
                 "writing and producing.", default_kb)
    assert [c.verdict for c in got if "writing" in c.text] == ["refuted"]
    assert all(c.verdict == "supported" for c in got if "writing" not in c.text)


def test_the_crafts_each_claim_reads_still_hold(default_kb):
    got = awards("At the 70th Academy Awards, James Cameron collected Oscars for directing and "
                 "editing.", default_kb)
    assert [c.verdict for c in got] == ["supported", "supported"]
