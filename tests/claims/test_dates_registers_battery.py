"""The dates-registers battery (tests/data/dates_registers_battery.tsv): days said in other shapes
(ordinals, day-first, weekday pairs, abbreviations, brackets, headlines), the event named by a
noun, dates in participles, relative clauses and descriptions set off beside a name, ages at an
event (the holder's own win, another's win, a festival's run) and the order of two dated
events, each with one-slot mutants. No line the battery expects not refuted may be refuted, and
the pass count may not fall below 140 of 144 (126, with six wrong refutes, before a date in a
description beside a name was read as that description's, a when-clause win of someone else
dated an age, a festival's whole run bounded the ages at it and an edition said held was its
clause's side of an order, and a date on a prize noun was that prize's time). Left: a headline
in capitals; the order of two undated releases ("opened in France before it opened in
Britain"), which no event claim of the sentence tells; a season ("the spring of 2024")."""
from __future__ import annotations

from battery import run


def test_dates_registers_battery(default_kb):
    passed, _, wrong_refutes = run("dates_registers_battery.tsv", default_kb)
    assert wrong_refutes == []
    assert passed >= 140
