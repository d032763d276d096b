"""A festival claim's section is a slot (lexicon `qualifiers.festival_sections`): when no typed
premiere fact decides the claim and a sourced KB note is its fallback (claims/notes.py
`_states_section`), the note must say that section too. A note that names another section
("Directors' Fortnight") leaves "in competition" open, not supported. Sentences are written
for these tests; the facts are the default KB's notes on Sean Baker's films."""
from __future__ import annotations

import reelcheck


def festival_verdicts(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "festival"]


def test_a_note_of_another_section_does_not_support_competition(default_kb):
    for text in ("The Florida Project premiered in competition at Cannes in 2017.",
                 "The Florida Project had its premiere in competition at Cannes in 2017."):
        got = festival_verdicts(text, default_kb)
        assert "supported" not in got and "refuted" not in got, (text, got)


def test_a_note_of_the_same_section_still_supports(default_kb):
    assert festival_verdicts("The Florida Project premiered in the Directors' "
                             "Fortnight at Cannes in 2017.", default_kb) == ["supported"]
    assert festival_verdicts("Red Rocket premiered in competition at Cannes in "
                             "2021.", default_kb) == ["supported"]


def test_a_section_no_note_names_is_open(default_kb):
    got = festival_verdicts("Red Rocket screened out of competition at Cannes in 2021.",
                            default_kb)
    assert "supported" not in got and "refuted" not in got, got
