"""A fact box's row that gives a count as a field after the row's name ("Oppenheimer --
Academy Awards: 7", "Anora -- Oscars won: 5 (Picture, Director, ...)", "Parasite - Oscar wins:
4"): the number after the field's colon counts the field's prize noun, for the one name the
row opens with, as "Oppenheimer -- 7 Oscars" is read. A field with no name of its own before
it binds nothing. Sentences are written for these tests; facts are the default KB's (Oppenheimer
7 Oscars from 13 nominations at the 96th Academy Awards, Anora 5 at the 97th, Sean Baker 4 at
the 97th, Parasite 4 at the 92nd, Emilia Perez 13 nominations at the 97th)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "count"]


def test_a_count_field_after_a_film_row_is_read(default_kb):
    assert counts("Oppenheimer \u2014 Academy Awards: 7", default_kb) == ["supported"]
    assert counts("Oppenheimer \u2014 Academy Awards: 8", default_kb) == ["refuted"]
    assert counts("Titanic (1997) \u2013 Oscars: 11", default_kb) == ["supported"]
    assert counts("Titanic (1997) \u2013 Oscars: 10", default_kb) == ["refuted"]
    assert counts('"Parasite" - Oscar wins: 4', default_kb) == ["supported"]
    assert counts('"Parasite" - Oscar wins: 5', default_kb) == ["refuted"]
    assert counts("Emilia P\u00e9rez \u2014 Oscar nominations: 13", default_kb) == ["supported"]
    assert counts("Emilia P\u00e9rez \u2014 Oscar nominations: 11", default_kb) == ["refuted"]


def test_a_field_with_its_participle_and_a_bracketed_list_is_read(default_kb):
    row = "Anora \u2014 Oscars won: {} (Picture, Director, Actress, Original Screenplay, Editing)"
    assert counts(row.format(5), default_kb) == ["supported"]
    assert counts(row.format(6), default_kb) == ["refuted"]
    assert counts("Sean Baker \u2014 Oscars won: 4", default_kb) == ["supported"]
    assert counts("Sean Baker \u2014 Oscars won: 3", default_kb) == ["refuted"]
    # a field with no name before it, or a row the number is not the last of, binds nothing
    box = "Oppenheimer\n\nOscars won: 6"
    assert "refuted" not in [c.verdict for c in reelcheck.check(box, kb=default_kb).claims]
