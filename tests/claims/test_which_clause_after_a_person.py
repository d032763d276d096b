"""A "which" clause the parser hangs on a person's name is not said of the person ("which"
never stands for a person): it stands for the title the name is set beside ("The English
Patient (1996), Anthony Minghella, which won 9 of its 12 nominations") or whose "by" phrase
the name closes ("The Piano, by Jane Campion, which won three Oscars"). Before, the film's
tally was counted as the director's career and refuted.

Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck


def _counts(text, kb):
    r = reelcheck.check(text, kb=kb)
    return [(c.verdict, c.subject.label if c.subject else None)
            for c in r.claims if c.slots.get("kind") == "award_count"]


def test_a_which_clause_after_a_director_set_beside_the_title(default_kb):
    text = ("One more Oscar favourite: Amadeus (1984), Milos Forman, which won eight of its "
            "11 nominations.\n")
    got = _counts(text, default_kb)
    assert ("supported", "Amadeus") in got
    assert not any(v == "refuted" for v, _s in got)


def test_a_which_clause_after_a_by_phrase(default_kb):
    text = "Gandhi, by Richard Attenborough, which won eight Oscars, still plays well.\n"
    got = _counts(text, default_kb)
    assert ("supported", "Gandhi") in got
    assert not any(s == "Richard Attenborough" for _v, s in got)


def test_a_who_clause_stays_the_person_s(default_kb):
    text = "Gandhi, by Richard Attenborough, who won two Oscars that night, still plays well.\n"
    assert not any(s == "Gandhi" for _v, s in _counts(text, default_kb))


def test_a_which_clause_counting_nominations_after_a_by_phrase(default_kb):
    text = "Titanic, by James Cameron, which received 14 nominations, is still huge.\n"
    r = reelcheck.check(text, kb=default_kb)
    got = [(c.verdict, c.subject.label if c.subject else None) for c in r.claims
           if c.predicate == "nomination_count"]
    assert ("supported", "Titanic") in got and not any(v == "refuted" for v, _s in got)
