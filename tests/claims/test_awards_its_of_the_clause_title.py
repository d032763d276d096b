"""An owner pronoun ("its") in a count's pool belongs to its own clause's subject when that
subject is a title or a film noun: a title the KB lacks leaves the count open, never read as
the count of the film the passage named before. Sentences written for these tests; facts
from the default KB (the 76th and 97th Academy Awards)."""
from __future__ import annotations

import reelcheck


def counts(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.slots.get("kind") == "award_count"]


def test_its_after_an_earlier_film_with_an_unknown_title_is_not_the_passage_film(default_kb):
    text = ("Peter Jackson's The Return of the King won every one of its eleven nominations "
            "at the 76th Academy Awards.\n\n"
            "His earlier film in the series, Moonlit Harbour, had won two of its seven "
            "nominations at the 2003 ceremony.")
    got = counts(text, default_kb)
    assert not any(c.verdict == "refuted" for c in got)
    assert not any(c.subject is not None and c.subject.id.startswith("the-lord-of-the-rings")
                   and c.slots.get("count") == 7 for c in got)


def test_its_after_an_unknown_title_subject_stays_open(default_kb):
    text = ("Anora took five Oscars at the 97th Academy Awards.\n\n"
            "Its director's previous film, Moonlit Harbour, had won just two of its six "
            "nominations at the 2003 ceremony.")
    got = counts(text, default_kb)
    assert [c.verdict for c in got if c.slots.get("count") == 5] == ["supported"]
    assert all(c.verdict == "not_enough_info" for c in got if c.slots.get("count") in (2, 6))


def test_its_of_a_known_title_subject_is_still_checked(default_kb):
    text = ("Anora took five Oscars at the 97th Academy Awards.\n\n"
            "Sean Baker's earlier film, The Florida Project, won none of its six nominations "
            "at the 2018 ceremony.")
    got = counts(text, default_kb)
    six = [c for c in got if c.slots.get("count") == 6]
    assert [(c.subject.id, c.verdict) for c in six] == [("the-florida-project", "refuted")]
