"""An owner pronoun inside a relative clause hung on a film stands for that film, not for the
subject of the main clause: in "A won seven Oscars, more than B, which won one of its twelve
nominations", the twelve are B's. Sentences are written for these tests; facts are the default
KB's (Parasite: six nominations and four wins at the 92nd Academy Awards; Joker: eleven
nominations and two wins there)."""
from __future__ import annotations

import reelcheck


def test_its_in_a_relative_clause_on_a_film_is_that_film(default_kb):
    got = reelcheck.check("Parasite took four Oscars, double the haul of Joker, which "
                          "converted just two of its 11 nominations at the ceremony.",
                          kb=default_kb).claims
    assert not [c for c in got if c.verdict == "refuted"], \
        [(c.text, c.verdict, c.explanation) for c in got]
    counts = [c for c in got if "11" in c.text]
    assert counts and all(c.subject is not None and c.subject.id.startswith("joker")
                          for c in counts), [(c.text, c.subject) for c in counts]


def test_a_wrong_count_in_the_relative_clause_is_refuted_of_its_film(default_kb):
    got = reelcheck.check("Parasite took four Oscars, double the haul of Joker, which "
                          "converted just two of its 13 nominations at the ceremony.",
                          kb=default_kb).claims
    bad = [c for c in got if c.verdict == "refuted"]
    assert bad and all(c.subject.id.startswith("joker") and "11" in c.explanation
                       for c in bad), [(c.text, c.verdict, c.explanation) for c in got]
