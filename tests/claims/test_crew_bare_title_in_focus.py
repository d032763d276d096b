"""A bare crew title beside a KB person ("composer Jane Roe") in a passage on one film may
confirm that person's credit on the film in focus, never refute it (claims/crew.py, _titles:
a description of what the person does is not a stated credit), also when the parser hangs
the title beside the name in a list ("Baker and designer X"). Sentences are written for these
tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

CREW = {"director", "director_of_photography", "composer", "production_designer",
        "film_editor", "screenwriter"}


def _crew(text, kb):
    return [(c.predicate, c.verdict, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in CREW]


def test_a_bare_title_confirms_the_credit_on_the_film_in_focus(default_kb):
    got = _crew("Anora reached American cinemas in the autumn. Cinematographer Drew Daniels "
                "later gave a talk about its night scenes in Austin.", default_kb)
    assert ("director_of_photography", "supported") in [(p, v) for p, v, _ in got], got


def test_a_title_hung_beside_the_name_in_a_list_still_belongs_to_it(default_kb):
    got = _crew("Anora reached American cinemas in the autumn. Baker and production designer "
                "Stephen Phelps toured the house together.", default_kb)
    assert ("production_designer", "supported") in [(p, v) for p, v, _ in got], got


def test_a_bare_title_never_refutes_a_credit_held_by_another(default_kb):
    # Anora's editing and photography credits are complete, but a bare title only says what
    # these people do, not that they did it on Anora
    got = _crew("Anora reached American cinemas in the autumn. Editor Samantha Quan and "
                "cinematographer Alexis Zabe sat in the third row.", default_kb)
    assert all(v != "refuted" for _, v, _ in got), got
    got = _crew("Anora reached American cinemas in the autumn. Baker and director Greta "
                "Gerwig sat in the third row.", default_kb)
    assert all(v != "refuted" for _, v, _ in got), got
