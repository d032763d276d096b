"""A birth date said of a definite description of a person ("Born in Reutov in 1992, the
actor trained ...", "The actress was born in 1999") is the date of the person the passage is
about, as it would be of "he"/"she"; when more than one person of that gender is named just
before, the reading may support but never refute. Sentences written for these tests; the facts
are the default KB's (Yura Borisov born 1992, Mark Eydelshteyn 2002, Mikey Madison 1999)."""
from __future__ import annotations

import reelcheck


def dates(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "date"]


def test_the_actor_is_the_one_the_passage_is_about(default_kb):
    lead = "Igor, the henchman with a conscience, is played by Yura Borisov.\n\n"
    got = dates(lead + "Born in Reutov in 1992, the actor studied at the Shchepkin school.",
                default_kb)
    assert [c.verdict for c in got] == ["supported"]
    got = dates(lead + "Born in Reutov in 1995, the actor studied at the Shchepkin school.",
                default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_the_actress_and_two_actors_before_it(default_kb):
    got = dates("Anora stars Mikey Madison as Ani.\n\nThe actress was born in 1997.", default_kb)
    assert [c.verdict for c in got] == ["refuted"]
    got = dates("Yura Borisov and Mark Eydelshteyn play Igor and Vanya.\n\nThe actor was born "
                "in 2002.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
