"""A length said by a verb the parser hangs under a noun (a relative clause on it, or a sentence
it reads with no main verb) is that noun's when it is a cue of a more specific relation: the
ovation's length, not the film's runtime. Sentences are written for these tests; the facts are
the default KB's (Anora's Cannes ovation: 7.5 minutes, some say 10)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is a Neon release. "


def lengths(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c.predicate for c in r.claims if c.start >= len(LEAD)
            and c.predicate in ("runtime", "ovation_length")]


def test_the_ovation_the_film_got_is_the_ovation_s_length(default_kb):
    assert lengths("The standing ovation the picture received at Cannes lasted eight minutes.",
                   default_kb) == ["ovation_length"]


def test_the_ovation_that_met_the_film_is_the_ovation_s_length(default_kb):
    assert lengths("The ovation that greeted the film lasted ten minutes.",
                   default_kb) == ["ovation_length"]
