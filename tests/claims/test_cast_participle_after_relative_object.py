"""A "played by" participle set off after a relative clause that ends on an object of its own
may be said of that object, not of the name it follows: it confirms, never refutes. Sentences
are written for these tests; the facts are the default KB's (Ani is played by Mikey Madison,
Vanya by Mark Eydelshteyn)."""
from __future__ import annotations

import reelcheck


def parts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [c for c in r.claims if c.predicate == "played_by"]


def test_the_nearer_object_may_be_the_part(default_kb):
    text = ("Anora follows Ani, a Coney Island dancer who weds the heir of a Moscow tycoon, "
            "played by Mark Eydelshteyn.")
    assert not [c for c in parts(text, default_kb) if c.verdict == "refuted"]


def test_a_participle_right_after_the_name_still_refutes(default_kb):
    text = "In Anora, the dancer Ani, played by Mark Eydelshteyn, weds an heir."
    assert [c.verdict for c in parts(text, default_kb)] == ["refuted"]


def test_the_name_described_may_still_be_confirmed(default_kb):
    text = ("In Anora, Vanya, a spoiled heir who weds a dancer, played by Mark Eydelshteyn, "
            "runs away.")
    assert [c.verdict for c in parts(text, default_kb)] == ["supported"]
