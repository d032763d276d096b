""""A, which was a best picture nominee, and B": a relative clause whose predicate noun is a
prize noun is said of the noun it hangs on (or the name its noun is set beside), not of the
names coordinated with it; a plural noun ("which were both winners") still covers the list.
Before, B was given A's nomination and refuted with its own record. Sentences written for
these tests."""
from __future__ import annotations

import reelcheck


def noms(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims
            if c.predicate in ("nominated_for", "award_received") and c.category == "award"]


def test_a_relative_nominee_is_the_first_name_only(default_kb):
    got = noms("This month the service adds Tar, which was an Oscar best picture nominee, and "
               "Shoplifters.", default_kb)
    assert [(c.subject.id, c.verdict) for c in got if c.predicate == "nominated_for"] == \
        [("tar-2022-film", "supported")]


def test_a_relative_on_an_apposed_noun_is_that_names(default_kb):
    got = noms("This month the service adds Tar, the Blanchett drama that was an Oscar best "
               "picture nominee, and the Cannes winner Shoplifters.", default_kb)
    assert not [c for c in got if c.verdict == "refuted"]
    assert [c.subject.id for c in got if c.predicate == "nominated_for"] == ["tar-2022-film"]


def test_a_plural_relative_noun_covers_the_list(default_kb):
    got = noms("Anora and Parasite, which were both best picture winners at the Oscars, stream "
               "this week.", default_kb)
    assert [c.verdict for c in got] == ["supported"]
    assert "Parasite won" in got[0].explanation and "Anora won" in got[0].explanation
