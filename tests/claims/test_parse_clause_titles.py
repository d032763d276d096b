"""A title that is a clause of its own ("I'm Still Here", "Don't Look Up") is a name: when the
parser reads its words as a clause hung on the noun before it or as the sentence's root, the
sentence is parsed again with one name in the title's place, so the title fills the role it
has ("the Brazilian drama I'm Still Here won ..." is the film's win, not the passage's last
film's). A title the parser read as one phrase ("The Wind That Shakes the Barley") is left as
it is. Sentences are written for these tests; the facts are the default KB's."""
from __future__ import annotations

import pytest
import reelcheck


def awards(text, kb):
    return [(c.text, c.verdict, c.explanation) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "award"]


@pytest.mark.parametrize("text", [
    'Dune: Part Two took visual effects. Then the Brazilian drama "I\'m Still Here" won '
    'international feature at the 97th Academy Awards.',
    "The satire Don't Look Up was nominated for best picture at the 94th Academy Awards.",
])
def test_a_clause_title_fills_its_role(text, default_kb):
    got = [x for x in awards(text, default_kb) if "Dune" not in x[0]]
    assert [v for _t, v, _e in got] == ["supported"], got


def test_a_title_read_as_one_phrase_keeps_its_parse(default_kb):
    got = awards("Ken Loach won the Palme d'Or for The Wind That Shakes the Barley in 2006.",
                 default_kb)
    assert [v for _t, v, _e in got] == ["supported"], got
