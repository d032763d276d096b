""""Winner of the Palme d'Or in 2024, Anora is a screwball romance": a holder noun (winner,
nominee, recipient) whose phrase opens the sentence and is closed by a comma right before the
main verb's subject is said of that subject; the phrase's prize, year and count are its own.

Sentences written for these tests; the facts are the default KB's (Anora won the 2024 Palme
d'Or, Anatomy of a Fall the 2023 one; Ruben Östlund has won the Palme twice; Parasite won it in
2019)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_fronted_winner_phrase_holds(default_kb):
    assert _awards("Winner of the Palme d'Or in 2024, Anora is a screwball romance set in "
                   "Brooklyn.", default_kb) == ["supported"]


def test_a_fronted_winner_phrase_with_the_wrong_year_is_refuted(default_kb):
    assert _awards("Winner of the Palme d'Or in 2023, Anora is a screwball romance set in "
                   "Brooklyn.", default_kb) == ["refuted"]


def test_a_fronted_counted_winner(default_kb):
    assert _awards("A two-time Palme d'Or winner, Ruben Östlund returned to the Croisette.",
                   default_kb) == ["supported"]
    assert _awards("A three-time Palme d'Or winner, Ruben Östlund returned to the Croisette.",
                   default_kb) == ["refuted"]


def test_a_fronted_recipient_phrase(default_kb):
    assert _awards("Recipient of the Palme d'Or in 2019, Parasite went on to win Best "
                   "Picture.", default_kb) == ["supported", "supported"]
