"""A category phrase names a category by its words, and a performer's sex and role are words too:
"Best Actress" is the guild's "Outstanding Female Actor in a Leading Role", "Best Actor" is never
a female or a supporting category, and an unmarked actor's prize is the leading role's.
Sentences are written for these tests; the facts are the default KB's (the 31st SAG Awards and
the 97th Academy Awards)."""
from __future__ import annotations

import reelcheck
from reelcheck.kb.awards import resolve_category


def test_sex_and_role_words_pick_the_category(default_kb):
    assert resolve_category(default_kb, "sag-awards", "Best Actress") == \
        "sag-award-for-outstanding-female-actor-in-a-leading-role"
    assert resolve_category(default_kb, "sag-awards", "Best Actor") is None
    assert resolve_category(default_kb, "sag-awards", "Best Supporting Actor") == \
        "sag-award-for-outstanding-male-actor-in-a-supporting-role"
    assert resolve_category(default_kb, "academy-awards", "lead actress") == \
        "academy-award-for-best-actress"
    assert resolve_category(default_kb, "academy-awards", "Actor in a Leading Role") == \
        "academy-award-for-best-actor"
    assert resolve_category(default_kb, "academy-awards", "Best Actor") == \
        "academy-award-for-best-actor"


def test_a_guild_prize_of_another_sex_or_role_is_not_borne_out(default_kb):
    def got(text):
        return [c.verdict for c in reelcheck.check(text, kb=default_kb).claims
                if c.category == "award"]
    # Borisov's guild nomination was in the supporting category, Moore's win the female lead's
    assert got("Yura Borisov was nominated for Best Supporting Actor at the 31st Screen "
               "Actors Guild Awards.") == ["supported"]
    assert "supported" not in got("Yura Borisov was nominated for Best Actor at the 31st "
                                  "Screen Actors Guild Awards.")
    assert got("Demi Moore won Best Actress at the 31st Screen Actors Guild Awards.") == \
        ["supported"]
    assert "supported" not in got("Demi Moore won Best Actor at the 31st Screen Actors Guild "
                                  "Awards.")
    # a whole cast's prize is named by its cast, not by an actor's words
    assert got("Anora was nominated for Best Ensemble at the 31st Screen Actors Guild "
               "Awards.") == ["supported"]
