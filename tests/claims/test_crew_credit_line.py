"""A credit line of participles ("Directed by X; written by Y; shot by Z.") states each credit
of the one film in focus, however the parser hangs its items on one another (as adverbial
clauses, as a clause on the name before it, as conjuncts). Sentences are written for these
tests; the facts are the default KB's Anora crew (directed and written by Sean Baker, shot by
Drew Daniels, produced by Alex Coco among others, scored by Matthew Hearon-Smith)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora returns to cinemas this week. "


def crew(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [(c.predicate, c.slots.get("person"), c.verdict)
            for c in r.claims if c.category == "crew"]


def test_each_item_of_a_semicolon_line_is_a_credit(default_kb):
    got = crew("Directed by Sean Baker; written by Sean Baker; shot by Drew Daniels.",
               default_kb)
    assert [v for _, _, v in got] == ["supported"] * 3
    assert {p for p, _, _ in got} == {"director", "screenwriter", "director_of_photography"}


def test_a_wrong_director_in_the_line_is_refuted(default_kb):
    got = crew("Directed by Drew Daniels; written by Sean Baker; shot by Drew Daniels.",
               default_kb)
    assert ("director", "drew-daniels", "refuted") in got
    assert [v for p, _, v in got if p != "director"] == ["supported", "supported"]


def test_a_comma_line_with_and(default_kb):
    got = crew("Written by Sean Baker, produced by Alex Coco, and scored by Matthew "
               "Hearon-Smith.", default_kb)
    assert [v for _, _, v in got] == ["supported"] * 3
