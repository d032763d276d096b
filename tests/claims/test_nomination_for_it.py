"""A nomination "for it": the film the pronoun stands for is the nomination's work, checked
like a named one, confirmed where the record bears it out and never refuted through the
pronoun. Sentences written for these tests; the facts are the Oscar record in the default KB
(Willem Dafoe: nominated for supporting actor for The Florida Project, never for Anora; Mikey
Madison: nominated for best actress for Anora)."""
from __future__ import annotations

import reelcheck


def nominations(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("polarity") == "nominated"]


def test_the_film_it_stands_for_is_the_work(default_kb):
    got = nominations("The Florida Project starred Willem Dafoe, who earned an Oscar nomination "
                      "for it.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "The Florida Project" in got[0].explanation
    got = nominations("Mikey Madison led Anora and picked up a best actress nomination for it.",
                      default_kb)
    assert [c.verdict for c in got] == ["supported"]


def test_a_nomination_the_film_never_had_is_not_supported_nor_refuted(default_kb):
    got = nominations("Anora starred Willem Dafoe, who earned an Oscar nomination for it.",
                      default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
    assert "Anora" in got[0].explanation
