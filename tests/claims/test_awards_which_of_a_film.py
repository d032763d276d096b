"""A relative clause of "which" after a person's phrase that ends with a film ("lost to X for
Film, which won ...") is said of the film: "which" never stands for a person. Sentences written
for these tests."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_which_after_a_winner_and_his_film_is_the_film(default_kb):
    # the parser hangs "which ..." on the director: his one Oscar was read against the count
    got = counts("Coppola lost the directing prize to Bob Fosse for Cabaret, which took "
                 "home eight Academy Awards.", default_kb)
    assert [(c.slots.get("subject"), c.verdict) for c in got] == [
        ("cabaret-1972-film", "supported")]
    got = counts("Coppola lost the directing prize to Bob Fosse for Cabaret, which took "
                 "home six Academy Awards.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    assert "Cabaret won 8" in got[0].explanation
