"""A part said to be in a film the KB does not know ("In Harbour Lights, X plays Ani",
"Harbour Lights stars X as Ani", "Harbour Lights, starring X as Ani") is not the KB's character
of that name: nothing can tell who plays it there, so the claim stays open. Harbour Lights is
invented; in the default KB Ani is Anora's, played by Mikey Madison."""
from __future__ import annotations

import pytest

import reelcheck


@pytest.mark.parametrize("text", [
    "In Harbour Lights, Mikey Madison plays Ani.",
    "Harbour Lights stars Mikey Madison as Ani.",
    "Harbour Lights, starring Mikey Madison as Ani, opens on Friday.",
])
def test_a_part_in_an_unknown_film_is_open(default_kb, text):
    got = [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
           if c.category == "cast"]
    assert got == ["not_enough_info"]


def test_the_known_film_still_decides(default_kb):
    got = [c.verdict for c in reelcheck.check("In Anora, Mikey Madison plays Ani.",
                                              kb=default_kb).claims if c.category == "cast"]
    assert got == ["supported"]
    got = [c.verdict for c in reelcheck.check("Anora stars Mikey Madison as Lulu.",
                                              kb=default_kb).claims if c.category == "cast"]
    assert "refuted" in got
