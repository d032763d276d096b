"""A decade said of a win ("took the Palme d'Or in the '90s", "won Best Actress in the early
2000s") is checked against the prize's years (verify/decades.py): its show's year and, for the
Oscars, the year of the films it honoured. A decade neither falls in is wrong; a part of the
decade ("early", "mid", "late") the years miss stays open. Sentences are written for these
tests; the facts are the default KB's (Pulp Fiction's Palme d'Or in 1994; Marty's Palme in 1955
and its Best Picture at the ceremony of 1956; Halle Berry's Best Actress at the ceremony of 2002,
for the films of 2001; Titanic's Best Picture in 1998, for the films of 1997)."""
from __future__ import annotations

import pytest

import reelcheck
from reelcheck.verify.decades import decade_of


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


@pytest.mark.parametrize("phrase, got", [
    ("'90s", ([1990], (0, 9))),
    ("the 1980s", ([1980], (0, 9))),
    ("mid-1950s", ([1950], (3, 7))),
    ("early 2000s", ([2000], (0, 3))),
    ("\u201920s", ([1920, 2020], (0, 9))),
    ("1994", None),
    ("90", None),
    ("1995s", None),
])
def test_a_decade_is_read(phrase, got):
    assert decade_of(phrase) == got


@pytest.mark.parametrize("text, verdict, named", [
    # a retrospective's aside, a listicle's line, a review's
    ("Back in the '90s, Pulp Fiction took the Palme d'Or.", "supported", "1994"),
    ("Back in the '80s, Pulp Fiction took the Palme d'Or.", "refuted", "1994"),
    ("Pulp Fiction won the Palme d'Or in the 1990s.", "supported", "1994"),
    ("Pulp Fiction won the Palme d'Or in the 1970s.", "refuted", "1994"),
    # the Oscars: the ceremony's year or its films'
    ("In the early 2000s, Halle Berry won the Oscar for best actress.", "supported", "2002"),
    ("In the 1990s, Halle Berry won the Oscar for best actress.", "refuted", "2002"),
    ("Titanic won best picture in the '90s.", "supported", "1998"),
])
def test_a_decade_of_a_win(text, verdict, named, default_kb):
    got = awards(text, default_kb)
    assert [c.verdict for c in got] == [verdict], text
    assert named in got[0].explanation


@pytest.mark.parametrize("text", [
    # the decade holds but its part does not (1955 is no late year of it; 2002 neither)
    "Marty won both the Palme d'Or and best picture in the late 1950s.",
    "In the late 2000s, Halle Berry won the Oscar for best actress.",
    # a decade of another noun: not the win's time
    "Pulp Fiction, a film that defined the '80s for some, won the Palme d'Or.",
    "Anora, a throwback to '70s cinema, won the Palme d'Or in 2024.",
])
def test_a_decade_that_may_hold_is_not_refuted(text, default_kb):
    assert all(c.verdict != "refuted" for c in awards(text, default_kb)), text


def test_each_win_of_a_pair_by_its_own_decade(default_kb):
    got = awards("Marty won both the Palme d'Or and best picture in the mid-1950s.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = awards("Marty won both the Palme d'Or and best picture in the 1960s.", default_kb)
    assert [c.verdict for c in got] == ["refuted"] and "1955" in got[0].explanation
