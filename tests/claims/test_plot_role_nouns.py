"""A retelling names the story's people by their role ("the heroine", "the oligarch's son",
"the godfather"): a definite role noun is the one character of the film whose KB description
gives that role (with every word on the noun among the description's words for it), or, for a
lead noun with nothing on it, the film's title character (context.role_character). A role two
characters share, a bare noun any of the story's people may be called ("the dancer", "the
son"), or an indefinite one names no one. Sentences are written for these tests; the facts are
the default KB's (in Anora, Ani lives in Brighton Beach and works in Manhattan; Vanya, the son
of a Russian oligarch, is 21; Toros, Vanya's godfather, is sent with Garnick and Igor; Igor and
Garnick are both henchmen; Diamond is a dancer at the club)."""
from __future__ import annotations

import pytest
from story_claims import after_lead


def story(text, kb):
    return [(c.text, c.verdict) for c in after_lead(
        text, kb, lambda c: c.predicate in ("plot", "age"))]


def test_the_lead_noun_is_the_title_character(default_kb):
    got = story("Ani meets Vanya at the club. The heroine still lives in Brighton Beach.",
                default_kb)
    assert ("The heroine still lives in Brighton Beach", "supported") in got, got
    # where the story puts her otherwise: open, never refuted
    got = story("Ani meets Vanya at the club. The heroine still lives in Coney Island.",
                default_kb)
    assert [v for t, v in got if "Coney Island" in t] == ["not_enough_info"], got


def test_a_role_the_description_gives_names_its_character(default_kb):
    # the godfather is Toros: his errand's purpose is a slot ("to bless" is not "to end")
    got = story("Afterwards the godfather is sent with Garnick and Igor to bless the marriage.",
                default_kb)
    assert [v for _t, v in got] == ["not_enough_info"], got
    # the heroine is Ani, the oligarch's son Vanya: who pays whom is a slot
    got = story("Early on, the heroine pays the oligarch's son $15,000 to be his girlfriend "
                "for a week.", default_kb)
    assert "supported" not in [v for _t, v in got], got
    got = story("Early on, the oligarch's son pays the heroine $15,000 to be his girlfriend "
                "for a week.", default_kb)
    assert "supported" in [v for _t, v in got], got


def test_an_age_of_a_role_is_never_refuted(default_kb):
    # the role is read, not named: a wrong age of it stays open
    assert [v for _t, v in story("The oligarch's son is 26.", default_kb)] == \
        ["not_enough_info"]


@pytest.mark.parametrize("text", [
    # two characters are henchmen: which one lives there, the KB cannot tell
    "Ani meets Vanya at the club. The henchman lives in Brighton Beach.",
    # the oligarch is not his son
    "The oligarch is 21.",
])
def test_a_role_that_names_no_one_character_supports_nothing(text, default_kb):
    assert "supported" not in [v for _t, v in story(text, default_kb)], text


def test_a_bare_noun_any_of_them_may_be_called_is_not_a_rival(default_kb):
    # a dancer at the club is also a character of her own (Diamond), but "the dancer" of a
    # retelling may be its heroine: not read as the other dancer's wedding
    got = story("Ani meets Vanya at the club. The dancer marries Vanya in Las Vegas.",
                default_kb)
    assert [v for _t, v in got] == ["supported"], got


def test_a_relative_clause_on_the_predicate_of_a_role(default_kb):
    # "the title character is a dancer who ...": the clause is said of the title character
    got = story("Ani meets Vanya at the club. The title character is a pole dancer who works "
                "at a strip club in Manhattan.", default_kb)
    assert [v for t, v in got if "Manhattan" in t] == ["supported"], got
    got = story("Ani meets Vanya at the club. The heroine is a young escort who lives in "
                "Coney Island.", default_kb)
    assert [v for t, v in got if "Coney Island" in t] == ["not_enough_info"], got
