"""A date in a phrase on the figure itself is the running total's time, however the parser hangs
the figure (a fact-box row sets it beside its label: "Box office: $52 million (as of March 16,
2025)"); a date in a description set beside a film's name is still that description's.
Sentences written for these tests; facts from the default KB (Anora: $52 million worldwide as
of March 16, 2025)."""
from __future__ import annotations

import reelcheck

HEAD = "Anora (2024) by the numbers\n"


def gross(text, kb):
    return [(c.slots.get("as_of"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "box_office"]


def test_a_row_s_dated_figure_is_of_that_day(default_kb):
    assert gross(HEAD + "Box office: $52 million (as of March 16, 2025)", default_kb) == [
        ([2025, 3, 16], "supported")]


def test_an_aside_s_date_is_not_the_figure_s(default_kb):
    got = gross("Anora, the Palme d'Or winner of May 25, 2024, grossed $52 million worldwide.",
                default_kb)
    assert got and all(when != [2024, 5, 25] for when, _v in got)
