"""A prize said to be for a part named by an epithet ("for playing the Joker"): the record names
the character otherwise (Arthur Fleck), so the epithet is left open, never refuted; a part said
by a plain name the record does not share still refutes.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import verdicts


def test_an_epithet_part_is_never_refuted_by_the_records_name(default_kb):
    for text in ("Joaquin Phoenix took home the Oscar for Best Actor for playing the Joker.",
                 "Marlon Brando earned the Oscar for Best Actor for playing the Godfather.",
                 "Heath Ledger was handed the Oscar for Best Supporting Actor for playing the "
                 "Clown Prince of Crime."):
        assert "refuted" not in verdicts(text, default_kb), text


def test_a_named_part_the_record_does_not_share_still_refutes(default_kb):
    assert verdicts("Joaquin Phoenix took home the Oscar for Best Actor for playing Bruce "
                    "Wayne.", default_kb) == ["refuted"]
    assert verdicts("Joaquin Phoenix took home the Oscar for Best Actor for playing Arthur "
                    "Fleck.", default_kb) == ["supported"]
