""""Brazil won the international feature Oscar with I'm Still Here": a country the KB knows as
a place, said to win (or be nominated) with one film, wins with its entry. The film is the
claim's subject and the country a slot (`entry_of`) the verifier checks against the country
the Academy's record names for a country prize (International Feature); where the record names
none (the Palme d'Or), the country is left open.

Sentences written for these tests; the facts are the default KB's (I'm Still Here, Brazil's
entry, won International Feature at the 97th Academy Awards; Sentimental Value, Norway's, at
the 98th, where Brazil's The Secret Agent was nominated; Anora won the 2024 Palme d'Or)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_country_wins_with_its_entry(default_kb):
    assert _awards("Brazil won the Oscar for Best International Feature Film with I'm Still "
                   "Here in 2025.", default_kb) == ["supported"]
    assert _awards("Norway won the International Feature Oscar for Sentimental Value.",
                   default_kb) == ["supported"]


def test_the_wrong_country_for_the_entry_is_refuted(default_kb):
    assert _awards("France won the International Feature Oscar with Sentimental Value.",
                   default_kb) == ["refuted"]
    assert _awards("Spain was nominated for the International Feature Oscar with The Secret "
                   "Agent.", default_kb) == ["refuted"]


def test_a_country_nominated_with_its_entry(default_kb):
    assert _awards("Brazil was nominated for the International Feature Oscar with The Secret "
                   "Agent.", default_kb) == ["supported"]


def test_a_country_the_record_does_not_name_is_open(default_kb):
    assert _awards("The United States won the Palme d'Or with Anora.",
                   default_kb) == ["not_enough_info"]
