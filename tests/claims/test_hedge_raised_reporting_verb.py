"""A passive reporting verb raised over a named subject ("X is said to be planning ...", "Y is
rumoured to be attached ...") hedges its own clause as "reportedly" does; the next sentence
of the paragraph is told as fact. A framing hedge ("It is said that ...", "Rumours say ...")
still covers the paragraph after it. Sentences are written for these tests; facts are the
default KB's (Dune: Part Two won two Oscars at the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def _last(text, kb):
    return reelcheck.check(text, kb=kb).claims[-1]


def test_a_raised_hedge_does_not_reach_the_next_sentence(default_kb):
    for lead in ("Denis Villeneuve is said to be sketching a third Dune film.",
                 "Timothée Chalamet is rumoured to be returning for a third Dune film."):
        c = _last(lead + " Dune: Part Two won two Oscars at the 97th Academy Awards.",
                  default_kb)
        assert c.verdict == "supported" and not c.hedged, (lead, c.text, c.hedged)


def test_a_framing_hedge_still_covers_the_paragraph(default_kb):
    c = _last("It is said that the studio wanted a third Dune film. Dune: Part Two won two "
              "Oscars at the 97th Academy Awards.", default_kb)
    assert c.hedged, (c.text, c.hedged)
