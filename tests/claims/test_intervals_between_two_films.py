"""'Anora arrived three years after Red Rocket': a verb of a film's coming out (lexicon
intervals.release_verbs) with a film subject, measured from another film named after the
direction word, is the time between the two films' years (claims/intervals.py
`_released_film`; verify/dates.py `interval_claim`, a film's year within a year's tolerance).
The measure may hang on the verb itself. A modal verb asserts nothing; a film whose own
clause tells another event ("after Parasite won") is not its release. Sentences are written
for these tests."""
from __future__ import annotations

import reelcheck


def _gaps(text, kb):
    return [(c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "interval"]


def test_the_years_between_two_films(default_kb):
    assert [v for v, _ in _gaps("Anora arrived three years after Red Rocket.", default_kb)] == [
        "supported"]
    assert [v for v, _ in _gaps("Red Rocket arrived six years after Tangerine.",
                                default_kb)] == ["supported"]


def test_a_gap_far_from_the_years_is_refuted_a_near_one_open(default_kb):
    assert [v for v, _ in _gaps("Anora arrived five years after Red Rocket.", default_kb)] == [
        "refuted"]
    assert [v for v, _ in _gaps("Anora opened two years after Red Rocket.", default_kb)] == [
        "not_enough_info"]


def test_no_gap_read_from_a_modal_or_from_another_event(default_kb):
    assert _gaps("Anora may arrive five years after Red Rocket.", default_kb) == []
    assert _gaps("Anora came out five years after Parasite won.", default_kb) == []
