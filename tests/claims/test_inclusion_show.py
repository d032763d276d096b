"""A category set under "including" is one of the prizes the count it lists counts, of the
show that count's noun names ("won the Palme d'Or at Cannes and then four Oscars, including
Best Director": an Oscar), not a category of the clause's first show (claims/awards/reader.py
`_inclusion_show`). Sentences written for reelcheck's tests."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts_for(text, focus, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.text.lower() == focus.lower()]


@pytest.mark.parametrize("text, focus", [
    ("Parasite won the Palme d'Or at Cannes and then four Oscars, including Best "
     "Director.", "Best Director"),
    ("Parasite took the Palme d'Or at Cannes, then four Academy Awards, including Best "
     "Original Screenplay.", "Best Original Screenplay"),
])
def test_an_included_category_is_the_counted_show_s(default_kb, text, focus):
    got = verdicts_for(text, focus, default_kb)
    assert got == ["supported"], got


@pytest.mark.parametrize("text, focus", [
    ("Parasite won the Palme d'Or at Cannes and then four Oscars, including Best Actress.",
     "Best Actress"),
    ("Parasite took the Palme d'Or at Cannes, then four Academy Awards, including Best "
     "Cinematography.", "Best Cinematography"),
])
def test_an_included_category_the_film_did_not_win_is_refuted(default_kb, text, focus):
    got = verdicts_for(text, focus, default_kb)
    assert got == ["refuted"], got


def test_an_item_of_a_nomination_count_under_a_verb_of_winning_is_a_nomination(default_kb):
    # the clause's verb wins the Palme; the prize under "including" is one of the
    # nominations counted, which the film did not win (it was refuted as a win)
    text = ("Triangle of Sadness took the Palme d'Or at Cannes and then three Oscar "
            "nominations, including Best Picture.")
    assert verdicts_for(text, "Best Picture", default_kb) == ["supported"]
    mutant = text.replace("Best Picture", "Best Actress")
    assert verdicts_for(mutant, "Best Actress", default_kb) == ["refuted"]
