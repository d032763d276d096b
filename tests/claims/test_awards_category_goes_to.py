"""A category phrase as the subject of "went to" is the prize, never a body that gave it (the
tagger may read "Best Actress" as an organisation's name), so the passage's show is its show;
and a "with" clause with a subject of its own ("..., with Best Actress going to X") tells a
second win, not a work of the first. Sentences are written for these tests; facts are the
default KB's (97th Academy Awards: Best Actress to Mikey Madison, Supporting Actor to Kieran
Culkin over Yura Borisov)."""
from __future__ import annotations

import reelcheck

NIGHT = "Anora ruled the 97th Academy Awards on Sunday night.\n\n"


def awards(text, kb):
    return [(c.verdict, c.text, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_category_that_went_to_someone_is_read_at_the_passages_show(default_kb):
    got = awards(NIGHT + "Best Actress went to Mikey Madison.", default_kb)
    assert [v for v, *_ in got] == ["supported"], got
    got = awards(NIGHT + "Best Supporting Actor went to Yura Borisov.", default_kb)
    assert [v for v, *_ in got] == ["refuted"], got


def test_a_with_clause_of_its_own_is_a_second_win(default_kb):
    text = NIGHT + ("The film even bagged a fifth trophy, with Best Actress going to its "
                    "lead, Mikey Madison.")
    got = awards(text, default_kb)
    assert any(v == "supported" and "Madison" in t for v, t, _e in got), got
    assert not any(v == "refuted" for v, *_ in got), got
    text = NIGHT + ("The film even bagged a fifth trophy, with Best Supporting Actor going "
                    "to Yura Borisov.")
    got = awards(text, default_kb)
    assert any(v == "refuted" and "Borisov" in t for v, t, _e in got), got
