"""Who handed a prize over is a slot: "collected the Palme from <person>" is not supported by
the win alone when the KB does not say who presented it (lexicon `accounting.person_preps`:
"from"); a person after "from" whom the win's facts name (a rival it was taken from, the film's
own director) is accounted for as before. Sentences are written for these tests; the facts are
the default KB's (its Palme d'Or fact for Anora names George Lucas as its presenter, from
the reference sheet's sources); "apart from", "aside from" set a context (`context_preps`)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


def test_a_presenter_the_kb_does_not_name_leaves_the_win_open(default_kb):
    got = awards("On the closing night Sean Baker collected the Palme d'Or from Isabella "
                 "Rossellini.", default_kb)
    assert [v for v, _ in got] == ["not_enough_info"], got
    assert "Isabella Rossellini" in got[0][1]


def test_a_rival_it_was_taken_from_is_accounted_for(default_kb):
    got = awards("Mikey Madison took the Best Actress Oscar from Demi Moore.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_film_from_its_director_is_accounted_for(default_kb):
    got = awards("Anora, from Sean Baker, won the Palme d'Or in 2024.", default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_a_presenter_the_kb_names_is_accounted_for(default_kb):
    # the KB's Palme d'Or fact names who presented it (factsheet qualifier `presenters`)
    got = awards("On the closing night Sean Baker collected the Palme d'Or from George Lucas.",
                 default_kb)
    assert [v for v, _ in got] == ["supported"], got


def test_from_after_apart_or_aside_sets_a_context_not_a_giver(default_kb):
    text = "Apart from the Best Director prize, Anora also won Best Picture at the Oscars."
    got = awards(text, default_kb)
    assert got and got[-1][0] == "supported", got
