"""A subject pronoun after an object pronoun of its gender in the same sentence ("Baker wrote
the part after seeing her in Scream, and she won ...") goes on about that "her", not about the
subject whose clause holds it (that would be "herself"). Sentences written for these tests;
the facts are the default KB's (Mikey Madison won Best Actress for Anora; Sean Baker, whose
gender the KB does not say, won Best Director)."""
from __future__ import annotations

import reelcheck


def claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.text.startswith("she ")]


def test_the_writer_is_not_the_she_who_won(default_kb):
    got = claims("Sean Baker wrote the part of Ani after seeing her in Scream, and she won the "
                 "Oscar for Best Actress for Anora.", default_kb)
    assert all(c.verdict != "refuted" for c in got)


def test_the_she_is_the_actress_named_before(default_kb):
    got = claims("Anora's lead is Mikey Madison.\n\nSean Baker shaped the role around her after "
                 "watching her in Scream, and she went on to win Best Actress at the Oscars.",
                 default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Mikey Madison" in got[0].explanation


def test_a_wrong_category_is_not_supported_nor_pinned_on_the_writer(default_kb):
    got = claims("Anora's lead is Mikey Madison.\n\nSean Baker shaped the role around her after "
                 "watching her in Scream, and she went on to win Best Supporting Actress at the "
                 "Oscars.", default_kb)
    assert got and all(c.verdict != "supported" for c in got)
    assert not any("Sean Baker" in (c.explanation or "") for c in got)
