"""Two wins joined by "and", each with its own subject ("X won for A and Y won for B"): the
parser may leave the first "for" without its object and read "A and Y" as the second verb's
subject. The name after the bare preposition is its object and the joined name the second
verb's subject (claims/parse.py, _objects_read_as_subjects), so neither win is judged against
the other's film or against a ceremony an earlier sentence named. Sentences are written for
these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import parse

LEAD = "Kathryn Bigelow took Best Director for The Hurt Locker at the 82nd Academy Awards. "


def test_the_name_after_a_bare_preposition_is_its_object():
    from reelcheck.claims.parse import _attach_low
    doc = _attach_low(next(iter(parse(
        ["Chloe Zhao won for Nomadland and Jane Campion won for The Power of the Dog."]))))
    nomad = next(t for t in doc if t.text == "Nomadland")
    campion = next(t for t in doc if t.text == "Campion")
    assert nomad.dep_ == "pobj" and nomad.head.text == "for", [(t.text, t.dep_) for t in doc]
    assert campion.dep_ == "nsubj" and campion.head.i == 8, [(t.text, t.dep_) for t in doc]


def test_both_true_wins_are_supported(default_kb):
    rep = reelcheck.check(LEAD + "Later, Chloe Zhao won for Nomadland and Jane Campion won for "
                          "The Power of the Dog.", kb=default_kb)
    got = [(c.verdict, c.text, c.explanation) for c in rep.claims if "Bigelow" not in c.text]
    assert got and all(v == "supported" for v, _, _ in got), got
    assert any("Zhao" in t and "93rd" in e for _, t, e in got), got
    assert any("Campion" in e and "94th" in e for _, t, e in got), got


def test_another_film_in_the_second_win_leaves_the_first_alone(default_kb):
    rep = reelcheck.check(LEAD + "Later, Chloe Zhao won for Nomadland and Jane Campion won for "
                          "The Piano.", kb=default_kb)
    zhao = [c.verdict for c in rep.claims if "Zhao" in c.text]
    assert zhao and all(v == "supported" for v in zhao), [(c.verdict, c.text) for c in rep.claims]
