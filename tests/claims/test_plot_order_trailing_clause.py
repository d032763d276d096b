"""An order clause set after its deed and read by the parser as a phrase ("... fly in before Ani
and Vanya marry": "before Ani and Vanya" a prepositional phrase, "marry" a clause with no
subject): the preposition opens the clause and its object is the clause's subject
(claims/attach.py `_subjects_after_a_clause_preposition`), so the order is a slot the deed's
claim must judge (claims/accounting.py `_clause_orders`). Sentences written for these tests; in
the KB's story Vanya's parents fly from Russia to New York after the wedding, to have the
marriage annulled."""
from __future__ import annotations

from story_claims import plot_readings, supported_texts


def test_a_flight_put_before_the_wedding_is_not_supported_after_it_is(default_kb):
    got = plot_readings("Vanya's parents fly in from Russia before Ani and Vanya marry.",
                        default_kb)
    assert not any("parents fly" in t for t in supported_texts(got)), got
    assert not any(v == "refuted" for v, _t in got), got
    got = plot_readings("Vanya's parents fly in from Russia after Ani and Vanya marry.",
                        default_kb)
    assert any("parents fly" in t for t in supported_texts(got)), got
