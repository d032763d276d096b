"""How many a story deed's phrases count beside the named ("send Toros and two henchmen", "a
trio of goons"): a slot the fact's party must hold (claims/plot.py `_counted_company`, judged in
verify/plot.py `plot_deed`); another size leaves the claim open. Sentences written for these
tests; in the KB's story Toros is sent with Garnick and Igor to end the marriage."""
from __future__ import annotations

import pytest
from story_claims import plot_readings, supported_texts


@pytest.mark.parametrize("text", [
    "Vanya's parents send Toros and two henchmen to end the marriage.",
    "Ani marries Vanya. His parents dispatch a pair of goons to break up the marriage.",
    "The family dispatches Toros along with two heavies.",
    "Vanya's parents send a trio of henchmen to break up the marriage.",
])
def test_the_partys_size_is_supported(text, default_kb):
    got = plot_readings(text, default_kb)
    assert supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya's parents send Toros and three henchmen to end the marriage.",
    "The family dispatches Toros, Vanya's godfather, along with four heavies.",
    "Vanya's parents dispatch Toros and Garnick along with a pair of henchmen.",
    "Vanya's parents dispatch Toros and Igor along with three heavies.",
])
def test_another_size_is_left_open(text, default_kb):
    got = plot_readings(text, default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got


@pytest.mark.parametrize("text", [
    "Vanya's parents send Toros and one henchman to end the marriage.",
    "Vanya's parents send Toros and Garnick along with a trio of henchmen.",
])
def test_a_count_of_the_role_the_kb_gives_is_judged_by_it(text, default_kb):
    # the fact's henchmen are two, and its party three
    got = plot_readings(text, default_kb)
    assert not supported_texts(got), got


def test_names_set_beside_a_count_are_the_people_it_counts(default_kb):
    got = plot_readings("The two henchmen, Garnick and Igor, are sent with Toros.", default_kb)
    assert supported_texts(got), got
    # Vanya is none of the party sent
    got = plot_readings("The three henchmen, Garnick, Igor and Vanya, are sent with Toros.",
                        default_kb)
    assert not supported_texts(got), got
