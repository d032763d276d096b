"""A director whose film won the country's prize (International Feature): the country prize is
theirs only at that night, so a nomination claimed at another night is decided by their
complete record; and the country's nomination is said of the director as its win is.
Sentences written for these tests."""
from __future__ import annotations

import reelcheck


def noms(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "nominated_for"]


def test_a_nomination_at_a_night_without_the_directors_film_is_refuted(default_kb):
    # Bong Joon Ho's nominations all came at the 92nd ceremony (Parasite)
    got = noms("Bong Joon Ho was nominated for the Academy Award for best director at the "
               "93rd Academy Awards, the critics recalled.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "93rd" in got[0].explanation


def test_the_country_nomination_is_said_of_the_films_director(default_kb):
    got = noms("Bong Joon Ho was also nominated for the Academy Award for best international "
               "feature film at the 92nd Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Parasite" in got[0].explanation


def test_a_nomination_in_a_year_is_refuted_only_when_both_nights_lack_it(default_kb):
    # Glenn Close: Best Actress nominations at the 60th (1988, Fatal Attraction) and 61st
    # (1989, Dangerous Liaisons) ceremonies, none at the 62nd or 63rd
    got = noms("In 1990 Glenn Close was nominated once more for the Academy Award for best "
               "actress.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "62nd" in got[0].explanation and "63rd" in got[0].explanation
    # 1988 is both the 60th's year and the year of the 61st's films: held either way
    got = noms("Glenn Close was nominated for the Academy Award for best actress in 1988.",
               default_kb)
    assert [c.verdict for c in got] == ["supported"]
    # the show read only from the passage: left open
    got = noms("Glenn Close was nominated for best actress in 1990.", default_kb)
    assert "refuted" not in [c.verdict for c in got]
