"""A list of a show's winners written the Academy's or the wires' way: rows whose label names
the category without "best" ("Actress in a Leading Role: X", "Director: X", "Original
screenplay: "Title," X") are wins of that category, under a line that announces the show's
winners (claims/awards `winners_list`, `is_award_heading` `bare_ok`); the same labels in a
film's credits box are credits, not prizes. "Role" closing a category phrase is the category,
not a task noun. Lists written for this test; the facts are the 97th Academy Awards."""
from __future__ import annotations

import reelcheck

HEAD = "Oscars 2025: the full list of winners\n\n"


def awards(text, kb):
    return [(c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_rows_without_best_are_wins_under_a_winners_line(default_kb):
    got = awards(HEAD + 'Actress in a Leading Role: Mikey Madison, "Anora"\n'
                 'Supporting actress: Zoe Saldaña ("Emilia Pérez")\n'
                 'Original screenplay: "Anora," Sean Baker\n'
                 'Director: Sean Baker, "Anora"\n', default_kb)
    assert [v for v, _t in got] == ["supported"] * 4, got


def test_a_wrong_winner_in_such_a_row_is_refuted(default_kb):
    got = awards(HEAD + 'Actress in a Leading Role: Demi Moore, "The Substance"\n'
                 'Director: Brady Corbet, "The Brutalist"\n', default_kb)
    assert [v for v, _t in got] == ["refuted", "refuted"], got


def test_a_credits_box_states_no_prize(default_kb):
    got = awards("Anora (2024)\n\nDirector: Sean Baker\nCinematography: Drew Daniels\n"
                 "Film editing: Sean Baker\n\nAnora won five Oscars at the 97th Academy "
                 "Awards.\n", default_kb)
    assert all("Director:" not in t and "Cinematography" not in t for _v, t in got), got


def test_a_film_first_then_its_people_is_the_films_win(default_kb):
    got = awards(HEAD + 'Best Picture: "Anora" — Alex Coco, Samantha Quan and Sean Baker, '
                 'producers\n', default_kb)
    assert [v for v, _t in got] == ["supported"], got
    got = awards(HEAD + 'Best Picture: "The Brutalist" — Nick Gordon, Brian Young and Andrew '
                 'Morrison, producers\n', default_kb)
    assert [v for v, _t in got] == ["refuted"], got
