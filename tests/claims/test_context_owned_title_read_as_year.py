"""A main clause's subject named by its owner and a title the linker does not take as a film
("Sam Mendes's 1917", which reads like a year) brings in a film of its own: unless the KB
credits the owner on the film in focus, a later "the war epic" / "it" may mean that one, and
the article's main film must not be refuted for it (claims/__init__.py `_owned_films`,
context.Resolver.see_owned_films). Sentences are written for these tests; the facts are the
default KB's (Parasite: six nominations and four wins at the 92nd Academy Awards)."""
from __future__ import annotations

import reelcheck

LEAD = ("The 92nd Academy Awards belonged to Parasite, which won four Oscars from six "
        "nominations.\n\n")


def refuted(text, kb):
    return [(c.text, c.explanation) for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.verdict == "refuted"]


def test_a_numbered_title_owned_by_another_director_is_not_the_main_film(default_kb):
    assert refuted("Sam Mendes's 1917 was expected to upset it. The war epic had collected "
                   "ten nominations.", default_kb) == []


def test_a_pronoun_after_it_is_not_the_main_film_either(default_kb):
    assert refuted("Sam Mendes's 1917 was tipped by many critics. It had been nominated "
                   "ten times.", default_kb) == []


def test_the_owner_credited_on_the_film_in_focus_keeps_it(default_kb):
    # the film's own director and its title: still the passage's film, and a wrong count of
    # it is refuted
    got = refuted("Bong Joon Ho's Parasite had been the underdog. The satire had collected "
                  "ten nominations.", default_kb)
    assert len(got) == 1 and "Parasite" in got[0][1], got
