"""A fronted "Shot on FORMAT, it/the film ..." is said of the film in focus before the pronoun,
never of a film the sentence names after it ("it came out before X": X is another film)
(claims/filmography.py, _shot_film). A wrong refute otherwise: Anora's format is held.
Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _formats(text, kb):
    return [(c.subject.label if c.subject else None, c.verdict, c.text)
            for c in reelcheck.check(text, kb=kb).claims if c.predicate == "filming_format"]


def test_the_pronoun_means_the_film_before_it_not_the_one_after(default_kb):
    got = _formats("Red Rocket is the one with Simon Rex. Filmed on 16mm, it reached Cannes "
                   "three years ahead of Anora.", default_kb)
    assert all(s != "Anora" for s, _, _ in got), got
    assert all(v != "refuted" for _, v, _ in got), got


def test_the_film_word_is_not_the_film_it_is_compared_with(default_kb):
    got = _formats("Filmed on 16mm, the picture reached Cannes three years ahead of Anora.",
                   default_kb)
    assert all(v != "refuted" for _, v, _ in got), got


def test_the_pronoun_still_takes_the_film_in_focus(default_kb):
    got = _formats("Anora made Mikey Madison a star. Filmed on 16mm, it still looked "
                   "expensive.", default_kb)
    assert [(s, v) for s, v, _ in got] == [("Anora", "refuted")], got
