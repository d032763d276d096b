"""An order phrase that puts a festival showing after the festival where the KB holds the
film's world premiere ("After Cannes, Anora played Telluride", "after its Cannes premiere") is
judged by that premiere: a film's first showing comes before every showing at another
festival (claims/accounting.py `_after_the_premiere`). "Before Cannes", another festival, or
another edition than the premiere's stays unjudged. Sentences are written for these tests;
the facts are the default KB's (Anora premiered at the 77th Cannes Film Festival and later
screened at Telluride and the New York Film Festival)."""
from __future__ import annotations

import reelcheck


def screenings(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "festival_screening"]


def test_a_showing_after_the_premiere_festival(default_kb):
    assert screenings("After Cannes, Anora travelled to Telluride.", default_kb) == ["supported"]
    assert screenings("Following its Cannes premiere, Anora screened at the New York Film "
                      "Festival.", default_kb) == ["supported"]
    # before the premiere festival, or after another one: unjudged
    assert screenings("Before Cannes, Anora travelled to Telluride.",
                      default_kb) == ["not_enough_info"]
    assert screenings("After Telluride, Anora travelled to Toronto.",
                      default_kb) == ["not_enough_info"]
