""""Bowed", "debuted", "screened" date a premiere only at a festival; a festival said by its
city or landmark after its preposition ("on the Croisette", "at Venice"; lexicon
`festival_cities`, claims/dates.py `_festival_said`) is one, though the recogniser takes
"Croisette" for a person. Sentences are written for these tests; the facts are the default
KB's (Anora premiered at Cannes on May 21, 2024)."""
from __future__ import annotations

import pytest

import reelcheck


def dates(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


@pytest.mark.parametrize("text,verdict", [
    ("Sean Baker's Anora bowed on the Croisette in May 2024.", "supported"),
    ("Sean Baker's Anora bowed on the Croisette in August 2024.", "refuted"),
])
def test_a_premiere_on_the_croisette_is_dated(text, verdict, default_kb):
    assert dates(text, default_kb) == [verdict], text
