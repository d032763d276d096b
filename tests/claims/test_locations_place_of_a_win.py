"""A place phrase after the verb of an award claim ("Sean Baker won four Oscars on March 2,
2025, in Los Angeles"), on the verb or on its date, says where the edition the winner won at
was held, when the KB has the winner (the subject, or a person a film's win names among its
recipients) winning at one edition of that show: an event_location claim, refuted when the
place is wrong, so the wrong city of such a sentence is no longer left unchecked beside
supported claims. A place before the verb only sets the scene, and a winner of two editions
names none. Sentences written for this test; the default KB holds the 97th Academy Awards at
the Dolby Theatre (Hollywood, Los Angeles), the 78th BAFTAs at the Royal Festival Hall
(London) and the 77th Cannes Film Festival in Cannes."""
from __future__ import annotations

import pytest

import reelcheck


def _places(text, kb):
    return [(c.verdict, c.subject.id) for c in reelcheck.check(text, kb=kb).claims
            if c.predicate == "event_location"]


@pytest.mark.parametrize("true,mutant,edition", [
    ("Sean Baker won four Oscars in one night on March 2, 2025, in Los Angeles.",
     "Sean Baker won four Oscars in one night on March 2, 2025, in New York.",
     "97th-academy-awards"),
    ("Mikey Madison won the BAFTA in London on February 16, 2025.",
     "Mikey Madison won the BAFTA in Dublin on February 16, 2025.",
     "78th-british-academy-film-awards"),
    ("Anora won the Palme d'Or in France.", "Anora won the Palme d'Or in Venice.",
     "77th-cannes-film-festival"),
    ("Recap: Anora won five Oscars in Hollywood on Sunday.",
     "Recap: Anora won five Oscars in Miami on Sunday.", "97th-academy-awards"),
])
def test_the_place_of_a_win_is_its_editions(default_kb, true, mutant, edition):
    assert _places(true, default_kb) == [("supported", edition)]
    assert ("refuted", edition) in _places(mutant, default_kb)


def test_no_edition_no_place(default_kb):
    assert ("refuted", "97th-academy-awards") in _places(
        "Mikey Madison won Best Actress at the Oscars in New York.", default_kb)
    # a scene set before the verb; a winner at two editions (Brody: the 75th and the 97th)
    assert _places("In New York, Mikey Madison won Best Actress.", default_kb) == []
    assert _places("Adrien Brody won Best Actor in New York.", default_kb) == []
    # prizes of two shows: which place is whose is unsaid
    assert _places("Sean Baker won prizes in Cannes and at the Oscars.", default_kb) == []
    # a prize noun in the subject of a release's verb: the place is the release's
    assert _places("The Palme d'Or winner Anora opens in Germany on October 31.",
                   default_kb) == []
