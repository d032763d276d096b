"""A title the NER reads as a person's name together with its possessive ending ("Emilia
Pérez's") is still the KB film the linker found: the "'s" is no part of a longer name, so
the film's own counts are checked. A longer person's name around a shorter title stays a
person the KB lacks. Sentences written for these tests; facts from the default KB (the
97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_a_possessive_title_keeps_its_film(default_kb):
    got = counts("Emilia Pérez's 14 nominations at the 97th Academy Awards topped the list.",
                 default_kb)
    assert [(c.subject.id, c.verdict) for c in got] == [("emilia-perez-2024-film", "refuted")]
    ok = counts("Emilia Pérez's 13 nominations at the 97th Academy Awards topped the list.",
                default_kb)
    assert [c.verdict for c in ok] == ["supported"]


def test_a_longer_unknown_name_around_a_title_is_not_the_film(default_kb):
    got = counts("Anora Delacroix's two nominations at the 97th Academy Awards surprised no one.",
                 default_kb)
    assert all(c.verdict != "refuted" and (c.subject is None or c.subject.id != "anora-2024-film")
               for c in got)
