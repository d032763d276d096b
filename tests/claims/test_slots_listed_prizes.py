"""A list of prizes the name finder reads as one name ("Best Original Screenplay and Best Film
Editing") is a slot each of whose items a claim of the sentence judges: when every item has
its own decided claim, the list is judged, and no prize of it is left open for the others.
An item no claim judged still leaves the support open. Sentences are written for these tests;
the facts are the default KB's (Anora's five Oscars at the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def awards(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_every_prize_of_a_long_list_is_supported(default_kb):
    got = awards("Sean Baker's Anora took Best Picture at the 97th Academy Awards, together "
                 "with Best Director, Best Actress, Best Original Screenplay and Best Film "
                 "Editing.", default_kb)
    assert len(got) == 5 and all(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_wrong_prize_in_the_list_is_still_caught(default_kb):
    got = awards("Sean Baker's Anora took Best Picture at the 97th Academy Awards, together "
                 "with Best Director, Best Actress, Best Original Screenplay and Best "
                 "Cinematography.", default_kb)
    assert any(c.verdict == "refuted" and "Cinematography" in c.text for c in got), \
        [(c.text, c.verdict) for c in got]
