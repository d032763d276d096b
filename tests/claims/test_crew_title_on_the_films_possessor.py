"""A crew title on the name that owns a film's name ("director Jane Roe's Harbour Lights")
states that credit on the film: the full director credit refutes a wrong name. A title on the
owner of something else ("director X's favourite film, Y") says nothing of Y's credit.
Sentences written for these tests; facts from the default KB's Anora factsheet."""
from __future__ import annotations

import reelcheck


def crew(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "crew"]


def test_a_wrong_director_titled_as_the_films_owner_is_refuted(default_kb):
    for s in ("Director Greta Gerwig's Anora is a screwball tale.",
              "Writer-director Brady Corbet's Anora opens on Friday."):
        got = crew(s, default_kb)
        assert got and got[0][0] == "refuted", (s, got)


def test_the_right_director_titled_as_the_films_owner_is_supported(default_kb):
    for s in ("Director Sean Baker's Anora is a screwball tale.",
              "Writer-director Sean Baker's Anora opens on Friday.",
              "Cinematographer Drew Daniels's Anora looks gorgeous on 35mm."):
        got = crew(s, default_kb)
        assert got and all(v == "supported" for v, _ in got), (s, got)


def test_a_title_on_the_owner_of_another_noun_states_no_credit(default_kb):
    for s in ("Director Greta Gerwig's favorite film, Anora, screens tonight.",
              "Director Quentin Tarantino's Anora screening was packed."):
        assert crew(s, default_kb) == [], s
