"""Cue verbs the tagger rarely sees and takes for part of a name after a person's name
("Jane Roe scripted X", "X fronted Y": "scripted" tagged a proper noun, the sentence left
with no verb) are reread with a common verb of the same syntax in their place (lexicon
`qualifiers.parse_as`): the crew and cast families then read them. Before, "Mikey Madison
scripted Anora" was supported by a note that Baker wrote the part for her. Sentences written
for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck


def _claims(text, kb, predicates):
    return [(c.verdict, c.predicate) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in predicates]


@pytest.mark.parametrize("text,predicate,verdict", [
    ("Sean Baker scripted Anora.", "screenwriter", "supported"),
    ("Mikey Madison scripted Anora.", "screenwriter", "refuted"),
    ("Yura Borisov fronted Anora.", "notable_work", "supported"),
    ("Mikey Madison toplines Anora.", "notable_work", "supported"),
    ("Sean Baker pocketed four Oscars at the 97th Academy Awards.", "award_count", "supported"),
])
def test_a_rare_cue_verb_after_a_name_is_read_as_the_verb(text, predicate, verdict, default_kb):
    got = _claims(text, default_kb, (predicate,))
    assert got and all(v == verdict for v, _ in got), got


def test_a_wrong_writer_is_not_supported_by_a_note(default_kb):
    got = [c.verdict for c in reelcheck.check("Mikey Madison scripted Anora.",
                                              kb=default_kb).claims]
    assert "supported" not in got, got
