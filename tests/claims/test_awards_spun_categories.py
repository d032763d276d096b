"""Content-farm rewrites spin a category's words ("Finest Tailored Screenplay" for Best Adapted
Screenplay): read in a phrase that opens with "best" or "finest" (lexicon categories.spun), and
an edition shift with no count ("after years of near-misses") moves no edition. Sentences are
written for these tests; the facts are the default KB's."""
from __future__ import annotations

import reelcheck

LEAD = "The 96th Academy Awards were a night for Oppenheimer.\n\n"


def award_claims(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.category == "award"]


def test_spun_category_words_name_the_category(default_kb):
    got = award_claims(LEAD + "Cord Jefferson's American Fiction took residence Finest Tailored "
                       "Screenplay.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = award_claims(LEAD + "Oppenheimer was handed Finest Image.", default_kb)
    assert [c.verdict for c in got] == ["supported"], [(c.text, c.explanation) for c in got]
    got = award_claims(LEAD + "Barbie was handed Finest Image.", default_kb)
    assert [c.verdict for c in got] == ["refuted"], [(c.text, c.explanation) for c in got]


def test_spun_words_outside_a_category_phrase_are_plain_words(default_kb):
    got = award_claims(LEAD + "Oppenheimer left a unique image of the bomb in every viewer's "
                       "mind.", default_kb)
    assert got == [], [(c.text, c.explanation) for c in got]


def test_years_with_no_count_shift_no_edition(default_kb):
    got = award_claims("Oppenheimer ruled the 96th Academy Awards. It was Nolan's first-ever "
                       "Oscar victory after many years of near-misses.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"], [(c.text, c.explanation) for c in got]
