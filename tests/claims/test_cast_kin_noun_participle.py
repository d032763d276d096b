"""A player's participle on a kin noun ("Ani's sister, played by X") is said of the relative,
never of the possessor; the relative is the one the story of the possessor's own film names,
even after another film was mentioned. Sentences are written for these tests; the facts are
the default KB's Anora cast and story relations (Galina Zakharova is Ivan's mother)."""
from __future__ import annotations

import reelcheck


def cast(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "played_by"]


def test_the_possessor_of_an_untold_relative_is_not_the_one_played(default_kb):
    text = "Anora unfolds in Brooklyn. Ani's cousin, played by Ella Rubin, drops by the house."
    assert not [c for c in cast(text, default_kb) if c.verdict == "refuted"]


def test_a_known_relative_after_another_film_is_still_the_relative(default_kb):
    text = ("Anora unfolds in Brooklyn. Nikolai is played by Aleksei Serebryakov, remembered "
            "for Leviathan. Vanya's mother, played by Darya Ekamasova, runs the family.")
    got = [c for c in cast(text, default_kb) if "Ekamasova" in c.text]
    assert [(c.subject.id, c.verdict) for c in got] == [("galina-zakharova", "supported")]


def test_a_wrong_player_of_the_known_relative_is_refuted(default_kb):
    text = "Anora unfolds in Brooklyn. Vanya's mother, played by Lindsey Normington, arrives."
    got = cast(text, default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("galina-zakharova", "refuted")]
