"""A part said for one of a person's credits that the KB's career notes give to another of
their credits (verify/filmography.py `_part_of_another_film`): the note's "role:" field names
the part in each film, so "played A in X" where the note on X names B and the note on Y names A
is a swapped credit, refuted. A part no note names stays open; a crew job in a note's role
field is no part."""
from __future__ import annotations

import reelcheck


def _film(kb, text):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_a_part_from_another_credit_is_refuted(default_kb):
    assert "refuted" in _film(default_kb, "Profile: before the Oscars, Madison had already "
                                          "played Susan Atkins in Scream.")
    assert "refuted" in _film(default_kb, "Karagulian played Razmik, the cab driver, in Starlet.")


def test_the_right_credit_is_supported(default_kb):
    got = _film(default_kb, "Madison had already played Susan Atkins in Once Upon a Time in "
                            "Hollywood.")
    assert "supported" in got and "refuted" not in got
    got = _film(default_kb, "Karagulian played Arash in Starlet.")
    assert "supported" in got and "refuted" not in got


def test_a_part_no_note_names_stays_open(default_kb):
    # Tara is in the note on Scream, but as another character: neither Madison's part there
    # nor her part in any other credit
    assert "refuted" not in _film(default_kb, "Madison played Tara in Scream.")
    assert "refuted" not in _film(default_kb, "Sean Baker was the editor on Take Out.")
