"""A wire story opens its first paragraph with a dateline ("ROME, Italy (AP) — "): the place it
was filed from, no part of the clause after the dash. The parser took the place in capitals for
that clause's subject, so the sentence formed no claim. Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.claims.text import dateline_end


@pytest.mark.parametrize("line, rest", [
    ("VENICE, Italy — Jane Roe won", "Jane Roe won"),
    ("LONDON (Reuters) -- The film", "The film"),
    ("SAN DIEGO, Calif. (AP) — A", "A"),
])
def test_a_dateline_is_no_part_of_the_sentence(line, rest):
    assert line[dateline_end(line):] == rest


@pytest.mark.parametrize("line", [
    "TITANIC — the ship film won eleven",          # a title in capitals: a list row's label
    "Oscars 2024 — the winners",                    # a heading, not in capitals
    "BERLIN, February 20, 2025 — the festival",     # a day: the date readers' dateline
    "Anora, the Cannes winner — a film",
])
def test_other_openings_are_no_dateline(line):
    assert dateline_end(line) == 0


def _verdicts(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award"]


def test_the_clause_after_a_dateline_is_read(default_kb):
    text = ("Korean director Bong Joon Ho won the Palme d'Or on Saturday for {}, his class "
            "satire.")
    got = _verdicts("MILAN, Italy (AP) — " + text.format("Parasite"), default_kb)
    assert [v for v, _ in got] == ["supported"], got
    for film in ("Parasite", "Okja"):
        assert _verdicts("MILAN, Italy (AP) — " + text.format(film), default_kb) == \
            _verdicts(text.format(film), default_kb)
