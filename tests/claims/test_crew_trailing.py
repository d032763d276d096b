"""A crew participle trailing a clause right after a film title ("won Best Actor for Joker,
directed by X"): the parser hangs it on the verb or on the prize, but it is said of the title
just before its comma (claims/crew.py _title_before). Sentences written for these tests;
"Harbour Lights" and "Jane Roe" are invented."""
from __future__ import annotations

import pytest

import reelcheck


def crew(text, kb):
    return [(c.subject.id if c.subject else None, c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "crew"]


@pytest.mark.parametrize("text, film", [
    ("Emma Stone won Best Actress for La La Land, directed by Damien Chazelle.",
     "la-la-land-2016-film"),
    ("Cillian Murphy took home the acting Oscar for Oppenheimer, directed by Christopher Nolan.",
     "oppenheimer-2023-film"),
    ("Joaquin Phoenix was honoured for Joker, directed by Todd Phillips.", "joker-2019-film"),
])
def test_a_trailing_credit_of_the_title_before_it_is_supported(default_kb, text, film):
    assert (film, "supported") in crew(text, default_kb)


@pytest.mark.parametrize("text, film", [
    ("Joaquin Phoenix won Best Actor for Joker, directed by Christopher Nolan.", "joker-2019-film"),
    ("Cillian Murphy took the Oscar for Oppenheimer, directed by Greta Gerwig.",
     "oppenheimer-2023-film"),
])
def test_a_wrong_trailing_director_is_refuted(default_kb, text, film):
    assert (film, "refuted") in crew(text, default_kb)


@pytest.mark.parametrize("text", [
    "Jane Roe starred in Harbour Lights, directed by Sean Baker.",
    "Gary Oldman played Winston Churchill in Darkest Hour, directed by Joe Wright.",
    "Anora premiered at Cannes, directed by Sean Baker.",
])
def test_no_refute_where_the_kb_lacks_the_credit_or_the_title(default_kb, text):
    assert not any(v == "refuted" for _f, v in crew(text, default_kb))
