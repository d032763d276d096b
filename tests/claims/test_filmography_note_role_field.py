"""A career note with a "role:" field names the person's part there, by the name before its
first comma. A part said by another name is not borne out by the note merely because the note
mentions that name elsewhere (the note on Mikey Madison's Scream part names her character's
best friend too). Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def film_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "filmography"]


def test_a_name_the_note_mentions_beside_the_part_is_not_the_part(default_kb):
    got = film_claims("Mikey Madison was cast as Tara in the 2022 Scream sequel.", default_kb)
    got += film_claims("In Scream, Mikey Madison played Tara, a killer in a mask.", default_kb)
    assert got, "no filmography claim"
    assert all(c.verdict != "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_the_part_the_note_names_is_still_supported(default_kb):
    got = film_claims("In Scream, Mikey Madison played Amber Freeman.", default_kb)
    assert any(c.verdict == "supported" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]


def test_a_description_may_match_the_field_s_description(default_kb):
    got = film_claims("Yura Borisov played a Russian miner in Compartment No. 6.", default_kb)
    assert all(c.verdict != "refuted" for c in got), \
        [(c.text, c.verdict, c.explanation) for c in got]
