"""A holder noun naming neither show nor night ("Demi Moore, a winner for The Substance") says
she won something for the film, maybe at another show of the season: after a passage that named
the Oscars' edition it is read as that show only to support, never to refute
(claims/awards/slots.py, `context_family`). A noun that names the night ("last year's winner")
still refutes. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "The 97th Academy Awards were held on a Sunday. "


def award_verdicts(text, kb):
    r = reelcheck.check(LEAD + text, kb=kb)
    return [c.verdict for c in r.claims if c.start >= len(LEAD) and c.category == "award"]


def test_a_winner_noun_naming_no_show_does_not_refute(default_kb):
    assert award_verdicts("Demi Moore, a winner for The Substance, sat near the front.",
                          default_kb) == ["not_enough_info"]
    assert award_verdicts("Kieran Culkin, a winner for A Real Pain, spoke first.",
                          default_kb) == ["supported"]


def test_a_winner_noun_naming_its_night_still_refutes(default_kb):
    assert award_verdicts("Unlike last year's big winner Everything Everywhere All at Once, "
                          "Anora cost very little.", default_kb) == ["refuted"]
