"""A span of a sentence with no verb, only a phrase that says when the clause after it happens
("but on Oscar night, it was X that ..."), states nothing of its own: no KB note supports it,
whatever words it shares with one. Sentences are written for these tests; the notes are the
default KB's."""
from __future__ import annotations

import reelcheck


def _notes(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.slots.get("kind") == "statement"]


def test_a_fronted_phrase_of_a_night_is_no_statement(default_kb):
    # the KB's note on Baker's four Oscars in one night names Parasite's earlier record; a
    # phrase dating the clause "it was Parasite that made history" does not say it
    for text in ("Most pundits had tipped 1917, but on Oscar night, it was Parasite that made "
                 "history.",
                 "Most pundits had tipped 1917, and on the night of the ceremony, it was "
                 "Parasite that made history."):
        assert _notes(text, default_kb) == [], [(c.text, c.explanation)
                                                for c in _notes(text, default_kb)]
