"""A title whose words the parser takes apart ("Once Upon a Time in Hollywood" read as an
adverb and prepositions) still fills the date verb's role it stands in: the object right
after "premiered", or the subject right before it.

Sentences are written for these tests; the facts are the default KB's (Once Upon a Time in
Hollywood premiered 2019-05-21 at Cannes)."""
from __future__ import annotations

import reelcheck


def premieres(text, kb):
    return [(c.subject.label, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "premiere_date"]


def test_a_taken_apart_title_after_the_verb_is_its_object(default_kb):
    assert premieres("Quentin Tarantino premiered Once Upon a Time in Hollywood on May 21, "
                     "2019.", default_kb) == [("Once Upon a Time in Hollywood", "supported")]
    assert premieres("Quentin Tarantino premiered Once Upon a Time in Hollywood on May 23, "
                     "2019.", default_kb) == [("Once Upon a Time in Hollywood", "refuted")]


def test_a_taken_apart_title_before_the_verb_is_its_subject(default_kb):
    assert premieres("Once Upon a Time in Hollywood premiered there on May 21, 2019.",
                     default_kb) == [("Once Upon a Time in Hollywood", "supported")]
    assert premieres("Once Upon a Time in Hollywood premiered there on May 23, 2019.",
                     default_kb) == [("Once Upon a Time in Hollywood", "refuted")]
