"""A count told in a paragraph about one ceremony reads as that night's or the career's: when
the subject had nothing at that night (its record complete across the show's history) and
the career's count differs too, both readings refute it. Sentences are written for these
tests; the facts are the default KB's Oscar record (Oppenheimer: seven wins at the 96th)."""
from __future__ import annotations

import pytest
import reelcheck


@pytest.mark.parametrize("wrong, right", [
    ("Oppenheimer won Best Picture at the 95th Academy Awards. "
     "The film took home nine Oscars from 13 nominations.",
     "Oppenheimer won Best Picture at the 95th Academy Awards. "
     "The film took home seven Oscars from 13 nominations."),
    ("Everything Everywhere All at Once triumphed at the 94th Academy Awards. "
     "It collected nine Oscars that season.",
     "Everything Everywhere All at Once triumphed at the 94th Academy Awards. "
     "It collected seven Oscars that season."),
])
def test_a_count_wrong_for_the_night_and_the_career_is_refuted(wrong, right, default_kb):
    def counts(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.slots.get("kind") == "award_count"
                and c.slots.get("polarity") == "won"]
    assert counts(wrong) == ["refuted"], wrong
    assert counts(right) == ["supported"], right
