"""A row whose label alone names a festival beside a count of wins out of nominations after
its colon ("* Secrets & Lies (Palme 1996): won 1 of 5") states two things: the label's prize
and year (the festival's), and the count, which a festival cannot hold (it hands out no
nominations): the count is of the one other show the passage names, and the label's year is
not the count's. Also "):" closing the label is a bracket and a colon, not spaCy's emoticon.
Before, the count was read as the festival's record with the label's year and left open, a
wrong tally included.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck
from reelcheck.nlp import nlp


def _claims(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None, c.slots.get("family"))
            for c in r.claims if c.category in ("count", "award")]


def test_a_label_s_festival_does_not_hold_the_oscar_tally_after_it(default_kb):
    text = ("From the Croisette to the Academy Awards\n\n"
            "* Secrets & Lies (Palme 1996): won 1 of 5.\n\n"
            "* The Piano (Palme 1993): won 3 of 8.\n")
    got = _claims(text, default_kb)
    assert ("refuted", "Secrets & Lies", "academy-awards") in got
    assert ("supported", "The Piano", "academy-awards") in got


def test_the_label_s_own_wrong_year_still_refutes(default_kb):
    text = ("From the Croisette to the Academy Awards\n\n"
            "* The Pianist (Palme 2001): won 3 of 7.\n")
    assert any(v == "refuted" and f == "cannes-film-festival"
               for v, _s, f in _claims(text, default_kb))


def test_a_bracket_closed_before_a_colon_is_two_tokens():
    assert [t.text for t in nlp()("Amour (Palme 2012): won")][-3:] == [")", ":", "won"]
