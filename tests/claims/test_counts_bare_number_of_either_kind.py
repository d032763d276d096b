"""A bare number after a light verb ("collected six", "landed nine") with no count before it
in its sentence or paragraph to name the noun left out may count wins or nominations: it
holds when either reading holds and is refuted only when both fail, so a nominations tally
is never refuted as a wins tally. Sentences written for these tests; facts from the default
KB (the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


OPEN = ("Voters announced the 97th Academy Awards nominees in January. Emilia Pérez topped the "
        "list. Wicked and The Brutalist came next with ten each, and Anora landed {}.")


def test_a_nominations_tally_with_no_noun_is_not_refuted_as_wins(default_kb):
    got = counts(OPEN.format("six"), default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("anora-2024-film", "supported")]


def test_a_tally_neither_reading_fits_is_refuted(default_kb):
    got = counts(OPEN.format("nine"), default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "nominations" in got[0].explanation


def test_a_win_verb_still_counts_wins_only(default_kb):
    got = counts("At the 97th Academy Awards, Anora won six.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
