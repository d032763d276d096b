"""A name and an 'as' phrase inside another preposition's phrase ("the second act belongs to
Jane Roe as X", "look out for Jane Roe as X") are the pair "Jane Roe as X" when nothing else can
take the 'as': it follows the name right away (or hangs on it), the sentence names no other
person by name or pronoun, and the KB has the person in the cast of the character's film.
Then the KB's player of the part may refute it, as "Jane Roe as X" alone may. With another
person in the sentence the pair is only confirmed.

Sentences written for these tests; the facts are the default KB's (Anora: Karren Karagulian
plays Toros, Vache Tovmasyan Garnick, Yura Borisov Igor, Luna Sofia Miranda Lulu, Lindsey
Normington Diamond)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is the year's best screwball.\n\n"


def _parts(text, kb):
    return [c for c in reelcheck.check(LEAD + text, kb=kb).claims
            if c.predicate == "played_by"]


def test_the_lone_pair_is_refuted_by_the_parts_player(default_kb):
    for text, player in (("The second act belongs to Karren Karagulian as Garnik.",
                          "Vache Tovmasyan"),
                         ("The biggest laughs go to Yura Borisov as Toros.",
                          "Karren Karagulian"),
                         ("Look out for Lindsey Normington as Lulu.", "Luna")):
        got = _parts(text, default_kb)
        assert any(c.verdict == "refuted" and player in c.explanation for c in got), (
            text, [(c.text, c.verdict) for c in got])
    got = _parts("The biggest laughs go to Yura Borisov as Igor.", default_kb)
    assert got and all(c.verdict == "supported" for c in got)


def test_another_person_in_the_sentence_keeps_it_to_confirmation(default_kb):
    for text in ("Sean Baker gives the best scenes to Yura Borisov as Toros.",
                 "She gives the best scenes to Yura Borisov as Toros."):
        got = reelcheck.check(LEAD + text, kb=default_kb).claims
        assert not any(c.verdict == "refuted" for c in got), text
    got = _parts("The second act belongs to Karren Karagulian as Garnik.", default_kb)
    assert got and got[0].verdict == "refuted"
