"""A tie said before a character's name with no comma ("Vanya's uncle Toros was sent"): a kin
slot of the clause as "Vanya's mother, Galina" is (claims/accounting.py), judged by a claim over
the tie; one the story does not tell leaves the clause's claim open. Sentences written for these
tests; in the KB's story Toros is Vanya's godfather and is sent to end the marriage."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts


def test_a_told_tie_before_the_name_keeps_the_deed_supported(default_kb):
    got = plot_readings("Vanya's godfather Toros was sent to annul the marriage.", default_kb)
    assert any("sent" in t for t in supported_texts(got)), got


def test_an_untold_tie_before_the_name_leaves_the_deed_open(default_kb):
    got = plot_readings("Vanya's uncle Toros was sent to annul the marriage.", default_kb)
    assert not supported_texts(got) and not any(v == "refuted" for v, _t in got), got
