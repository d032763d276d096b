"""A prize's name whose word the tagger takes for an adverb ("d'Or") no longer breaks the clause
around it: the sentence is reread with a common noun in that word's place.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _rows(text, kb, kind):
    r = reelcheck.check(text, kb=kb)
    return [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims
            if c.slots.get("kind") == kind]


def test_a_count_after_a_relative_clause_naming_the_palme_is_the_film_s(default_kb):
    # the five Oscars are the film's: the director's own four must not refute them
    text = ("Sean Baker made history at the 97th Academy Awards when his film Anora, which had "
            "earlier won the Palme d'Or at Cannes, carried off five Oscars.")
    got = _rows(text, default_kb, "award_count")
    assert got and all(v == "supported" for _, v, _ in got)
    assert not any(span.startswith("Sean Baker") for span, _, _ in got)
    text = ("Sean Baker made history at the 97th Academy Awards when his film Anora, which had "
            "earlier won the Palme d'Or at Cannes, carried off seven Oscars.")
    got = _rows(text, default_kb, "award_count")
    assert [v for _, v, _ in got] == ["refuted"]
    assert "Anora won 5" in got[0][2]


def test_the_relative_clause_keeps_its_own_year_and_the_main_verb_its_subject(default_kb):
    text = ("Sean Baker made history at the 97th Academy Awards when his film Anora, which had "
            "taken the Palme d'Or at Cannes in May 2023, walked away with five Oscars.")
    r = reelcheck.check(text, kb=default_kb)
    rows = [(text[c.start:c.end], c.verdict, c.explanation) for c in r.claims]
    # the Palme's year is wrong (2024), the count right; neither is said of the director
    assert any(v == "refuted" and "Palme" in e for _, v, e in rows)
    counts = _rows(text, default_kb, "award_count")
    assert counts and all(v == "supported" for _, v, _ in counts)
