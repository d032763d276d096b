"""A company buying a film is its distribution deal: "X acquired Y", "X picked up Y", "Y was
bought by X", "X bought the US rights to Y". The buyer, the market on the rights and the time of
the purchase are slots: a date against the KB's `acquired` month of the credit, an order against
another event ("after its premiere", "ahead of the festival") through the gap machinery
(claims/intervals.py, verify/event_days.py). A job noun of the role ("the rights", "the
international release") names the film after "to"/"of" and carries its market.

Sentences are written for these tests; the facts are the default KB's (Neon's US rights to
Anora, bought in November 2023, months before the film's May 2024 Cannes premiere)."""
from __future__ import annotations

import reelcheck


def _claims(text, kb, pred=None):
    return [(c.predicate, c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if pred is None or c.predicate == pred]


def test_purchase_verbs_state_the_distribution_credit(default_kb):
    assert _claims("Neon acquired Anora, the Sean Baker comedy.", default_kb,
                   "distributor") == [("distributor", "supported")]
    assert _claims("Anora was snapped up by Neon.", default_kb,
                   "distributor") == [("distributor", "supported")]
    assert _claims("The indie distributor Neon picked up Anora.", default_kb,
                   "distributor") == [("distributor", "supported")]
    # without its particle "pick" is no purchase
    assert _claims("Neon picked Anora as its awards hopeful.", default_kb, "distributor") == []


def test_rights_and_release_nouns_name_the_film_and_market(default_kb):
    assert _claims("Neon acquired the US rights to Anora.", default_kb,
                   "distributor") == [("distributor", "supported")]
    # Universal holds the international release, not the American one
    assert _claims("Universal bought the American rights to Anora.", default_kb,
                   "distributor") == [("distributor", "not_enough_info")]
    assert _claims("Universal handled the international release of Anora.", default_kb,
                   "distributor") == [("distributor", "supported")]


def test_the_date_of_a_purchase_is_a_slot(default_kb):
    assert _claims("Neon bought the US rights to Anora in November 2023.", default_kb,
                   "distributor") == [("distributor", "supported")]
    assert _claims("Neon bought the US rights to Anora in November 2024.", default_kb,
                   "distributor") == [("distributor", "refuted")]
    assert _claims("Neon bought Anora in 2023.", default_kb,
                   "distributor") == [("distributor", "supported")]
    assert _claims("Neon bought Anora in 2022.", default_kb,
                   "distributor") == [("distributor", "refuted")]


def test_a_purchase_ordered_against_the_premiere(default_kb):
    before = _claims("Neon picked up Anora before its Cannes premiere.", default_kb, "interval")
    assert before == [("interval", "supported")]
    after = _claims("Neon picked up Anora shortly after its Cannes premiere.", default_kb,
                    "interval")
    assert after == [("interval", "refuted")]
    assert _claims("Anora was acquired by Neon after it won the Palme d'Or.", default_kb,
                   "interval") == [("interval", "refuted")]
    assert _claims("Neon, which bought Anora ahead of Cannes, opened it in October.",
                   default_kb, "interval") == [("interval", "supported")]


def test_a_purchase_set_during_a_show_is_dated_by_its_days(default_kb):
    # the KB dates the purchase months before the festival the film premiered at
    assert _claims("Neon acquired Anora at Cannes.", default_kb,
                   "distributor") == [("distributor", "refuted")]
    assert _claims("Neon bought Anora during the Cannes Film Festival.", default_kb,
                   "distributor") == [("distributor", "refuted")]
    # a purchase the KB does not hold is not judged by it
    assert _claims("Neon acquired Red Rocket at Cannes.", default_kb,
                   "distributor") != [("distributor", "refuted")]


def test_following_read_as_a_verb_still_orders_the_events(default_kb):
    assert _claims("Neon snapped up Anora following its Cannes premiere.", default_kb,
                   "interval") == [("interval", "refuted")]
