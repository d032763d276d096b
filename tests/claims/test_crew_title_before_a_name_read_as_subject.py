"""A crew title in a list of subjects right before a name the parser reads as the verb's own
subject ("Below, Baker and production designer Jane Roe explain ...": the title a conjunct of
Baker, the name the subject) is said of that name. Sentences written for these tests; facts
from the default KB (Anora's production designer is Stephen Phelps)."""
from __future__ import annotations

import reelcheck

LEAD = "Anora is set in New York. "


def crew(text, kb):
    return [(c.predicate, c.slots.get("person"), c.verdict)
            for c in reelcheck.check(LEAD + text, kb=kb).claims if c.category == "crew"]


def test_the_title_is_the_name_s(default_kb):
    got = crew("Below, Baker and production designer Stephen Phelps explain how they found "
               "the house.", default_kb)
    assert got == [("production_designer", "stephen-phelps", "supported")]
    # a title read in passing only confirms: another name makes no claim (and no refute)
    got = crew("Below, Baker and production designer Drew Daniels explain how they found "
               "the house.", default_kb)
    assert got == []


def test_a_subject_title_right_before_a_subject_name(default_kb):
    # "Its production designer Jane Roe built ...": the parser reads the title and the name
    # as two subjects of one verb; the title is the name's
    got = crew("The film's production designer Stephen Phelps found the Mill Basin house "
               "on a scouting trip.", default_kb)
    assert got == [("production_designer", "stephen-phelps", "supported")]
    got = crew("Anora's editor Drew Daniels cut the film in a month.", default_kb)
    assert ("film_editor", "drew-daniels", "refuted") in got
