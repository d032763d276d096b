"""Kind-of-film nouns a title stands in apposition to (lexicon qualifiers.title_nouns): "the
2019 epic X", "Baker's 2021 dramedy X", "the 2021 indie X" are read as "the 2019 film X" is,
the year the work's and the possessor its maker."""
from __future__ import annotations

import reelcheck


def _film(kb, text):
    return [(c.text, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "filmography"]


def test_epic_and_indie_carry_the_year(default_kb):
    got = _film(default_kb, "Retrospective: Madison's first big-screen part came in Quentin "
                            "Tarantino's 2019 epic Once Upon a Time in Hollywood.")
    assert got and all(v == "supported" for _t, v in got)
    got = _film(default_kb, "Borisov broke out in the 2021 indie Compartment No. 6.")
    assert got and all(v == "supported" for _t, v in got)
    # its one-slot mutant: a wrong year on a film the KB dates
    got = _film(default_kb, "Karagulian went on to star in Baker's 2015 dramedy Anora.")
    assert "refuted" in [v for _t, v in got]
