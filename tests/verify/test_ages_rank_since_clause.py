""""Madison is the youngest Best Actress Oscar winner since Jennifer Lawrence took the prize in
2013": a "since" clause bounds the winners an age rank is over as a "since" phrase does
(claims/awards/readings.py `_since_bound`: the clause's subject, else its one year); a bound
the KB cannot place ("since the studio era ended") leaves the rank unread. Before, the clause
was ignored and the true sentence refuted as "youngest ever". Sentences are written for these
tests; the facts are the default KB's Oscar record and birth dates."""
from __future__ import annotations

import reelcheck


def _award(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_since_clause_bounds_an_age_rank(default_kb):
    assert _award("Mikey Madison is the youngest Best Actress Oscar winner since Jennifer "
                  "Lawrence took the prize for Silver Linings Playbook in 2013.",
                  default_kb) == ["supported"]
    assert _award("Mikey Madison became the youngest woman to win the Oscar for Best Actress "
                  "since Jennifer Lawrence did it in 2013.", default_kb) == ["supported"]
    # Brie Larson was older than Madison when she won: the bound does not fit
    assert _award("Mikey Madison is the youngest Best Actress Oscar winner since Brie Larson "
                  "took the prize for Room.", default_kb) == ["not_enough_info"]


def test_a_since_clause_the_kb_cannot_place_is_never_refuted(default_kb):
    # (before, the rank was read over every winner and found not to hold)
    for text in ("Mikey Madison became the youngest woman to win the Oscar for Best Actress "
                 "since the studio era ended.",
                 "Mikey Madison is the youngest Best Actress winner since the studio system "
                 "collapsed."):
        claims = [c for c in reelcheck.check(text, kb=default_kb).claims
                  if c.category == "award"]
        assert not any(c.verdict != "not_enough_info" or "does not hold" in c.explanation
                       for c in claims), text
