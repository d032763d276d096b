"""One category said won (or nominated) "for A and B": a win for each work, each judged as its
own; the claim holds only if every work does and is refuted when one is. Sentences written
for these tests; the facts are the Oscar record in the default KB (Iñárritu: best director for
Birdman and The Revenant, nominated for Babel)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "award"]


def test_every_work_must_hold(default_kb):
    got = awards("Alejandro González Iñárritu won the best director Oscar for Birdman and "
                 "The Revenant.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "87th" in got[0].explanation and "88th" in got[0].explanation


def test_one_work_the_prize_was_not_for_refutes(default_kb):
    got = awards("Alejandro González Iñárritu won the best director Oscar for Birdman and "
                 "Babel.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Babel" in got[0].explanation


def test_each_nomination_of_a_list(default_kb):
    got = awards("Alejandro González Iñárritu was nominated for the best director Oscar for "
                 "Babel and Birdman.", default_kb)
    assert [c.verdict for c in got] == ["supported"]


# Only the show named ("won Oscars for A, B and C"): each work must be one of the person's
# wins (Walter Brennan's three, for supporting roles, came for Come and Get It, Kentucky and
# The Westerner; Sergeant York was a nomination he lost).

def test_show_only_every_work_must_hold(default_kb):
    got = awards("Character actor Walter Brennan won Oscars for Come and Get It, Kentucky and "
                 "The Westerner.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert all(n in got[0].explanation for n in ("9th", "11th", "13th"))


def test_show_only_one_work_not_won_refutes_and_names_the_wins(default_kb):
    got = awards("Character actor Walter Brennan won Oscars for Come and Get It, Kentucky and "
                 "Sergeant York.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    why = got[0].explanation
    assert "not Sergeant York" in why
    # the wins are named in the order of their nights, not one night's alone
    assert why.index("Come and Get It") < why.index("Kentucky") < why.index("The Westerner")


def test_wins_of_the_passage_show_are_each_checked(default_kb):
    text = ("Walter Brennan collected three Oscars in five years. His wins came for Come and "
            "Get It, Kentucky and Sergeant York.")
    got = [c for c in awards(text, default_kb) if "Sergeant York" in c.text]
    assert got and all(c.verdict != "supported" for c in got)
