"""A count of prizes hyphened onto a noun that only sums them, with an owner (sentences written
for reelcheck's tests): "Sean Baker's three-Oscar haul", "Anora's four-Oscar tally at the 97th
Academy Awards" formed no claim (the nomination form, "its 13-nomination haul", was read). The
prize noun states that many of the owner's wins, as "with four Oscars" does; the parser's
number hung on the sum is moved to the prize it is hyphened to, and what the sum "included"
is one of its prizes, each checked."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    ("Sean Baker's four-Oscar haul tied a record set by Walt Disney.", "supported"),
    ("Sean Baker's three-Oscar haul tied a record set by Walt Disney.", "refuted"),
    ("The Brutalist's four-Oscar haul included Best Actor for Adrien Brody.", "refuted"),
    ("Anora's five-Oscar tally at the 97th Academy Awards was the night's best.", "supported"),
    ("Anora's four-Oscar tally at the 97th Academy Awards was the night's best.", "refuted"),
    # the sum's named part is checked too
    ("The Brutalist's three-Oscar haul included Best Director.", "refuted"),
    ("Anora's five-Oscar haul included Best Supporting Actor.", "refuted"),
])
def test_hyphened_prize_count_in_an_owned_sum(default_kb, text, want):
    got = verdicts(text, default_kb)
    assert want in got, got
    if want != "refuted":
        assert "refuted" not in got, got
