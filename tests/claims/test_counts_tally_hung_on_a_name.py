"""A counted prize phrase set off after a name with "with" ("Conclave, with one win and eight
nominations, ...") is that name's tally, though the parser hangs the phrase on the name and not
on a verb. Before, the relation noun found no holder and the counts were never read.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_tally_beside_a_film_is_the_films(default_kb):
    ok = "Anora, with five wins and six nominations, topped the 97th Academy Awards."
    got = _counts(ok, default_kb)
    assert got and all(v == "supported" and who == "Anora" for _, v, who in got)
    for wrong in ("Conclave, with two wins and eight nominations, trailed Anora at the "
                  "97th Academy Awards.",
                  "Anora, with five wins and seven nominations, topped the 97th Academy Awards.",
                  "Wicked, with one win and eight nominations, trailed Anora at the "
                  "97th Academy Awards."):
        got = _counts(wrong, default_kb)
        assert got and any(v == "refuted" for _, v, _w in got), wrong


def test_a_prize_noun_tally_beside_a_person(default_kb):
    got = _counts("Adrien Brody, with two Oscars, is one of few actors with two lead wins.",
                  default_kb)
    assert got and got[0][1] == "supported" and got[0][2] == "Adrien Brody"
    got = _counts("Adrien Brody, with three Oscars, is one of few actors with two lead wins.",
                  default_kb)
    assert got and got[0][1] == "refuted"
    # a common noun is nobody the KB can count for
    got = _counts("A drama with three Oscars came second at the 97th Academy Awards.",
                  default_kb)
    assert all(v != "refuted" for _, v, _w in got)
