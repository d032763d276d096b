"""Prize sentences in trade-press pieces and festival listicles ("Title (year) - Director won
his second Palme d'Or"): a person's ordinal is not read as a film's, and slots a sentence
states are never ignored.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

from award_claims import verdicts


def test_a_persons_ordinal_in_a_list_item_about_a_film_is_not_the_films(default_kb):
    # Östlund's 2022 Palme was his second (after The Square); the film's own win is its
    # first, so "his second" must not be checked against the film's prizes
    got = verdicts("Triangle of Sadness (2022) - Ruben Östlund collected his second Palme "
                   "d'Or in 2022 for this biting satire.", default_kb)
    assert "refuted" not in got
    got = verdicts("Amour (2012) - Michael Haneke took his second Palme d'Or in 2012 for this "
                   "quiet drama.", default_kb)
    assert "refuted" not in got
    # a film's own ordinal is still read: Anora won one Palme, not two
    assert "supported" not in verdicts("Anora won its second Palme d'Or in 2024.", default_kb)
