""""The Best Picture win for Anora capped its run": an event noun (win, victory) that heads a
clause's subject, or a line with no verb, and has no owner of its own is held by the one person
or film its "for" phrase names, as "Anora's win" is Anora's. A modal on its verb makes it a
prediction, which states no win.

Sentences written for these tests; the facts are the default KB's (Anora won Best Picture and
Sean Baker Best Director at the 97th Academy Awards, where Conclave and Brady Corbet were
nominated and lost; Mikey Madison won Best Actress; Anora won the 2024 Palme d'Or)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_win_for_a_film_holds_and_a_predicted_one_states_none(default_kb):
    assert _awards("The Best Picture win for Anora at the 97th Academy Awards capped a "
                   "campaign that began in Cannes.", default_kb) == ["supported"]
    assert "refuted" not in _awards("A Best Picture win for Wicked at the 97th Academy Awards "
                                    "would make history.", default_kb)


def test_a_win_for_another_film_is_refuted(default_kb):
    assert _awards("The Best Picture win for Conclave at the 97th Academy Awards capped a "
                   "campaign that began in Venice.", default_kb) == ["refuted"]


def test_a_victory_for_a_person_in_a_category_holds(default_kb):
    assert _awards("The victory for Sean Baker in the directing category at the 2025 Oscars "
                   "surprised nobody in the room.", default_kb) == ["supported"]


def test_a_victory_for_the_wrong_person_is_refuted(default_kb):
    assert _awards("The victory for Brady Corbet in the directing category at the 2025 Oscars "
                   "surprised nobody in the room.", default_kb) == ["refuted"]


def test_a_headline_win_for_a_film_at_a_festival(default_kb):
    assert _awards("Big Win for Anora at Cannes", default_kb) == ["supported"]


def test_a_win_said_with_a_category_before_it(default_kb):
    assert _awards("The Best Actress win for Mikey Madison came as a shock to pundits.",
                   default_kb) == ["supported"]
    assert "supported" not in _awards("The Best Actress win for Demi Moore came as a shock "
                                      "at the 97th Academy Awards.", default_kb)

