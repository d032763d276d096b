""""The festival" of a later sentence is the edition the paragraph's win was at, also when the
winner is a person whose prize the KB holds on the work the person won for ("Sean Baker won the
Palme d'Or for Anora. The festival closed on ..."): claims/dates.py `_para_edition` looks at the
work when the person's own facts hold no such prize. Sentences are written for these tests;
the facts are the default KB's."""
from __future__ import annotations

import pytest

import reelcheck

ROWS = [
    ("Sean Baker won the Palme d'Or for Anora. The festival closed on May 25, 2024.",
     "supported"),
    ("Sean Baker won the Palme d'Or for Anora. The festival closed on May 26, 2024.", "refuted"),
    ("Justine Triet won the Palme d'Or for Anatomy of a Fall. The festival opened on May 16, "
     "2023.", "supported"),
    ("Justine Triet won the Palme d'Or for Anatomy of a Fall. The festival opened on May 17, "
     "2023.", "refuted"),
]


@pytest.mark.parametrize("text,want", ROWS)
def test_the_festival_of_a_win_for_a_work(default_kb, text, want):
    got = [c for c in reelcheck.check(text, kb=default_kb).claims if c.category == "date"]
    assert [c.verdict for c in got] == [want], [(c.text, c.verdict, c.explanation) for c in got]
