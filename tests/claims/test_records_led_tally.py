"""A verb that ranks its subject first by the tally of its "with" phrase (lexicon
`records.lead_verbs`: "led all films with five wins", "topped the field with 13 nominations")
states an edition's count record (claims/records.py `_led_tallies`), judged over the edition's
complete prize lists; the lead is a slot a bare count of the tally does not judge (accounting
`degree_verbs`), and a denied lead denies the rank, not the tally (claims/frames.py). Sentences
are written for these tests; the facts are the default KB's Oscar record."""
from __future__ import annotations

import reelcheck


def verdicts(text, kb, category=None):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims
            if category is None or c.category == category]


def test_the_film_that_led_is_supported_and_its_record_claimed(default_kb):
    for text in ("At the 97th Academy Awards, Anora led the pack with five wins.",
                 "Oppenheimer dominated the 96th Academy Awards with seven wins.",
                 "Titanic led the field with 14 nominations at the 70th Academy Awards.",
                 "Emilia Pérez topped the nominations with 13 at the 97th Academy Awards.",
                 "Emilia Pérez led the field with 13 Oscar nominations."):
        assert verdicts(text, default_kb, "record") == ["supported"], text
        assert "refuted" not in verdicts(text, default_kb), text


def test_a_film_that_did_not_lead_or_led_by_another_tally_is_refuted(default_kb):
    for text in ("The Brutalist led all films with three wins at the 97th Academy Awards.",
                 "Wicked led the field with 10 nominations at the 97th Academy Awards.",
                 "Poor Things led the 96th Academy Awards with 11 nominations.",
                 "Oppenheimer dominated the 96th Academy Awards with six wins."):
        got = verdicts(text, default_kb)
        assert "refuted" in got and "supported" not in got, (text, got)


def test_a_narrowed_field_or_a_tally_of_no_prizes_is_no_edition_record(default_kb):
    text = "Emilia Pérez led all international features with 13 nominations at the 97th " \
           "Academy Awards."
    assert verdicts(text, default_kb, "record") == []
    got = verdicts(text, default_kb)
    assert "supported" not in got and "refuted" not in got, got
    # (another show, named without its edition, is not the film's one Oscar edition)
    for text in ("Emilia Pérez led the Golden Globes with 13 nominations.",
                 "Emilia Pérez led the field with 13 nominations at the Golden Globes."):
        got = verdicts(text, default_kb)
        assert "supported" not in got and "refuted" not in got, (text, got)
    # (a motion or a particle's verb ranks no one)
    for text in ("Anora headed into the 97th Academy Awards with six nominations.",
                 "Anora topped off the 97th Academy Awards with five wins."):
        assert verdicts(text, default_kb, "record") == [], text
        assert "refuted" not in verdicts(text, default_kb), text
    # (a jury led "with" its members ranks no one: the presidency alone is the claim)
    got = verdicts("Greta Gerwig led the Cannes jury with eight fellow members in 2024.",
                   default_kb, "festival")
    assert got == ["supported"], got


def test_a_denied_lead_does_not_deny_the_tally(default_kb):
    got = verdicts("The Brutalist did not lead the field with ten nominations at the 97th "
                   "Academy Awards.", default_kb)
    assert "refuted" not in got, got

