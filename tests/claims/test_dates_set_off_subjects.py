"""The film a premiere date is said of when the subject is set off: a participle the parser
hangs on a title whose aside ends in another noun ("Inception, Nolan's thriller about a team
of thieves, premiered on ..."), and a list entry's description after its heading title
("Avatar — James Cameron's epic premiered on ..."). The date claim keeps out of the aside,
whose credit is a claim of its own.

Sentences are written for these tests; the facts are the default KB's (Inception premiered
2010-07-08, Avatar 2009-12-10)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims]


def _premieres(text, kb):
    return [(c.subject.label, c.verdict) for c in claims(text, kb)
            if c.predicate == "premiere_date"]


def test_a_participle_after_an_aside_is_said_of_the_title(default_kb):
    text = "Inception, Christopher Nolan's dream-heist thriller about a team of thieves, " \
           "premiered on July {} 2010."
    assert _premieres(text.format("8,"), default_kb) == [("Inception", "supported")]
    assert _premieres(text.format("18,"), default_kb) == [("Inception", "refuted")]


def test_the_aside_keeps_its_own_credit_claim(default_kb):
    got = claims("Inception, Christopher Nolan's dream-heist thriller about a team of thieves, "
                 "premiered on July 8, 2010.", default_kb)
    dated = [c for c in got if c.predicate == "premiere_date"]
    assert dated and "Nolan" not in dated[0].text
    assert any(c.predicate == "notable_work" for c in got)


def test_a_list_entry_description_is_its_heading_film(default_kb):
    assert _premieres("Avatar — James Cameron's epic premiered on December 10, 2009.",
                      default_kb) == [("Avatar", "supported")]
    assert _premieres("Avatar — James Cameron's epic premiered on December 12, 2009.",
                      default_kb) == [("Avatar", "refuted")]
