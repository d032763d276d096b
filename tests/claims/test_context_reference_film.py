"""A film named only as a point of reference inside a phrase ("her second Oscar after a win for
X", "after wins for X and Y") is not what a later "the film" means, nor does it make that film
what the article is about; and a paragraph whose people the KB ties only to other films the
document names does not fall back on the article's main film (claims/context.py). Sentences
are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def wins(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("award_received", "nominated_for")]


def _about(c, needle):
    return needle in (c.explanation or "")


def test_film_after_a_reference_phrase_is_the_earlier_film(default_kb):
    got = wins("Everything Everywhere All at Once was the big winner at the 95th Academy "
               "Awards. Jamie Lee Curtis took supporting actress, years after a turn in "
               "Trading Places. The film also collected the editing prize.", default_kb)
    edit = [c for c in got if "editing" in c.text.lower() or _about(c, "Editing")]
    assert edit and all(c.verdict == "supported" for c in edit), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_films_after_wins_for_are_no_antecedent(default_kb):
    text = ("Sean Penn, who plays a cruel colonel in the movie, was named best supporting "
            "actor on Sunday, his third Oscar after wins for Mystic River and Milk. The film "
            "also took the prizes for film editing and casting.")
    got = wins(text, default_kb)
    assert not any(c.verdict == "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
    assert not any("Mystic River" in (c.explanation or "") and "Editing" in (c.explanation or "")
                   for c in got)


def test_paragraph_people_tie_to_another_film_than_the_main_one(default_kb):
    text = ("Sinners led the 98th Academy Awards with 16 nominations. Sinners won four, and "
            "Sinners star Michael B. Jordan was named best actor.\n\n"
            "One Battle after Another won best picture.\n\n"
            "Sean Penn, who plays a cruel colonel in the movie, was named best supporting "
            "actor. The film also took the prizes for film editing and casting.")
    got = wins(text, default_kb)
    bad = [c for c in got if c.verdict == "refuted" and "Sinners" in (c.explanation or "")
           and ("Editing" in (c.explanation or "") or "Casting" in (c.explanation or ""))]
    assert not bad, [(c.text, c.verdict, c.explanation) for c in got]
