"""A show's family name with a "held in" participle ("the Oscars, held in Hollywood") says
where the edition the clause's own winner won at took place, when the KB has that winner
winning at one edition of the show: an event_location claim of that edition, supported or
refuted like one of the edition's full name. The participle after a comma is the show's even
where the parser hangs it on the main verb, whose film is never "held". A winner another verb
tells of does not pick the edition. Sentences written for this test; the default KB holds the
97th Academy Awards at the Dolby Theatre in Hollywood and Anora's wins there."""
from __future__ import annotations

import pytest

import reelcheck


def _places(text, kb):
    return [(c.verdict, c.subject.id, c.text) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "event_location"]


@pytest.mark.parametrize("true,mutant", [
    ("The Oscars, held in Hollywood, crowned Anora.",
     "The Oscars, held in New York, crowned Anora."),
    ("Anora won Best Picture at the Oscars, held in Hollywood.",
     "Anora won Best Picture at the Oscars, held in New York."),
    ("Listicle item 3: Mikey Madison took Best Actress at the Oscars, held March 2 in "
     "Hollywood.",
     "Listicle item 3: Mikey Madison took Best Actress at the Oscars, held March 2 in "
     "New York."),
])
def test_the_winners_edition_is_where_the_show_was_held(default_kb, true, mutant):
    got = _places(true, default_kb)
    assert got and all(v == "supported" and s == "97th-academy-awards" for v, s, _ in got), got
    assert all(t.startswith("Oscars") for _, _, t in got), got
    assert ("refuted", "97th-academy-awards") in [(v, s) for v, s, _ in _places(mutant,
                                                                                 default_kb)]


def test_a_winner_of_another_verb_does_not_pick_the_edition(default_kb):
    assert ("refuted", "97th-academy-awards") in [(v, s) for v, s, _ in _places(
        "Mikey Madison won Best Actress at the Oscars, held in New York.", default_kb)]
    assert _places("Mikey Madison, who won Best Actress last year, presented at the Oscars, "
                   "held in New York.", default_kb) == []
