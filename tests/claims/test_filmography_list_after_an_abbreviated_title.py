"""A list of credits whose first title holds an abbreviation ("Compartment No. 6": the parser
splits off its period and hangs the title's pieces, and the list after it, anywhere) is read
again with each title one name, so every title of the list is a credit of its own; and "was in"
a work credits a person with it. Sentences written for these tests; the facts are the default
KB's (Yura Borisov's credits include Compartment No. 6, Kalashnikov and Captain Volkonogov
Escaped, not Tangerine)."""
from __future__ import annotations

import reelcheck


def credits(text, kb):
    return {c.slots.get("work"): c.verdict for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"}


def test_every_title_after_the_abbreviated_one_is_a_credit(default_kb):
    got = credits("Borisov, the Russian actor, previously appeared in Compartment No. 6, "
                  "Kalashnikov and Captain Volkonogov Escaped.", default_kb)
    assert got.get("kalashnikov-2020-film") == "supported"
    assert got.get("captain-volkonogov-escaped") == "supported"


def test_a_title_he_was_not_in_is_not_supported(default_kb):
    got = credits("Yura Borisov has appeared in Kalashnikov, Compartment No. 6 and Tangerine.",
                  default_kb)
    assert got.get("compartment-no-6") == "supported"
    assert "tangerine" in got and got["tangerine"] != "supported"


def test_was_in_a_work_is_a_credit(default_kb):
    got = credits("Long before Anora, Yura Borisov had been in Kalashnikov.", default_kb)
    assert got == {"kalashnikov-2020-film": "supported"}
    got = credits("Yura Borisov was in Tangerine before he worked with Baker again.", default_kb)
    assert got.get("tangerine") not in (None, "supported")
    # (in a place, or in a contest, is no credit)
    assert credits("Sean Baker was in Cannes with Anora in May.", default_kb) == {}
