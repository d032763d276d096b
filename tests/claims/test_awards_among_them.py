""""won four Oscars, among them Best Director": a prize after "among" and a pronoun for the
counted set is one of those counted, a slot the verdict reads (the parser may hang "among"
on the verb, where it was read as a phrase of context and its category left unread).

Sentences written for these tests; the facts are the default KB's (Parasite won four Oscars at
the 92nd Academy Awards: Best Picture, Best Director, Best Original Screenplay and Best
International Feature Film; Best Actress went to Renée Zellweger)."""
from __future__ import annotations

import reelcheck


def _awards(text, kb):
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_a_member_among_them_that_was_won_holds(default_kb):
    assert _awards("Parasite won four Oscars, among them Best Director.",
                   default_kb) == ["supported"]


def test_a_member_among_them_not_won_refutes(default_kb):
    assert _awards("Parasite won four Oscars, among them Best Actress.",
                   default_kb) == ["refuted"]
