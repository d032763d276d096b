"""A "for" phrase the parser hangs on the show an "at" phrase names ("nominated for Best Actress
at the Oscars for X", "a Best Supporting Actor nomination at the Oscars for X") says what the
prize was for: the work slot of the clause's prize, checked like "for X" on the verb. Before,
the film was dropped and the nomination alone was supported. Sentences written for these tests;
facts of the default KB's Oscar record (Demi Moore's only nomination, for The Substance, came
at the 97th ceremony; Yura Borisov's, for Anora, the same night)."""
from __future__ import annotations

from tests.helpers.award_claims import only_award


def test_a_film_after_the_show_is_the_nomination_s_work(default_kb):
    c = only_award("Back then, Demi Moore was nominated for Best Actress at the Oscars for Ghost.",
             default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)
    assert c.slots.get("for_work") == "ghost-1990-film"
    # (a category there stays the category)
    c = only_award("Mikey Madison was nominated at the Oscars for Best Supporting Actress.", default_kb)
    assert c.verdict == "refuted", (c.text, c.explanation)


def test_the_right_film_after_the_show_is_supported(default_kb):
    c = only_award("Demi Moore was nominated for Best Actress at the Oscars for The Substance.",
             default_kb)
    assert c.verdict == "supported", (c.text, c.explanation)
    assert c.slots.get("for_work") == "the-substance-2024-film"


def test_a_nomination_noun_takes_the_film_after_its_show(default_kb):
    c = only_award("Yura Borisov picked up a Best Supporting Actor nomination at the Oscars for The "
             "Brutalist.", default_kb)
    assert c.verdict != "supported", (c.text, c.explanation)
    ok = only_award("Yura Borisov picked up a Best Supporting Actor nomination at the Oscars for "
              "Anora.", default_kb)
    assert ok.verdict == "supported", (ok.text, ok.explanation)

