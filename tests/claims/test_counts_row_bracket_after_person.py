"""A bracket set beside a person's name in a film's list row is said of the person ("1. The
Brutalist (2024) - Adrien Brody (won twice)"): the row's film holds only a tally out of a
pool ("(won 1 of 4)"), and refutes with it only when the person is the film's director (a
film row's credit); beside anyone else the tally may be the person's own ("The Iron Lady
(2011) - Meryl Streep (won 3 of 21)"), so the film's reading may support but never refute.
Before the fix on this branch, the actor's career count was refuted as the film's.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _claims(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None, c.text) for c in r.claims
            if c.category == "count"]


def test_a_bracket_beside_an_actor_is_not_the_film_s_count(default_kb):
    text = ("Best Actor nominees at the 97th Academy Awards\n\n"
            "1. The Brutalist (2024) - Adrien Brody (won twice)\n")
    assert not any(v == "refuted" for v, _s, _t in _claims(text, default_kb))


def test_a_tally_beside_an_actor_is_read_as_the_film_s_to_support_only(default_kb):
    text = ("Best Actress winners at the Oscars\n\n"
            "1. The Iron Lady (2011) - Meryl Streep (won 3 of 21)\n")
    assert not any(v == "refuted" for v, _s, _t in _claims(text, default_kb))


def test_a_tally_beside_the_film_s_director_is_the_film_s(default_kb):
    text = ("Palme d'Or winners at the Oscars\n\n"
            "1. Taxi Driver (1976) - Martin Scorsese (won 1 of 4)\n")
    assert ("refuted", "Taxi Driver", "won 1 of 4") in _claims(text, default_kb)
