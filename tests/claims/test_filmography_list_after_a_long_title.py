"""Works listed after a title of several words ("include Prince of Broadway, Starlet and X")
are each a credit, though the parser hangs the later ones on a word inside the first title.
Sentences are written for these tests."""
from __future__ import annotations

from credit_claims import filmography_claims as films


def test_each_listed_work_is_a_credit(default_kb):
    got = films("Sean Baker's films include Prince of Broadway, Starlet and Tangerine.",
                default_kb)
    assert len(got) == 3 and all(c.verdict == "supported" for c in got), got


def test_a_work_the_kb_does_not_credit_is_not_supported(default_kb):
    got = films("Sean Baker's films include Prince of Broadway, Starlet and Leviathan.",
                default_kb)
    last = [c for c in got if "Leviathan" in c.text]
    assert last and last[0].verdict == "not_enough_info", got
