"""A KB name with an s added ("the Hallorans", "the Zakharovs" for a family, "Nolans" for a
possessive written without its apostrophe) is that name inflected, not a misspelling of a
longer name one letter away ("Zakharova"). Texts written for these tests."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _misspelt(kb, text):
    return [(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"]


def test_a_family_named_by_its_surname_is_no_misspelling(default_kb):
    text = ("In Anora, Vanya's mother, Galina, flies to New York with his father, Nikolai. "
            "To the Zakharovs the marriage is a deal to undo.")
    assert _misspelt(default_kb, text) == []


def test_a_real_slip_of_the_same_name_is_still_caught(default_kb):
    text = ("In Anora, Galina Zakharova flies to New York with her husband. "
            "Later Zakharowa demands the annulment.")
    assert ("Zakharowa", "Galina Zakharova") in _misspelt(default_kb, text)


def _linked(kb, text):
    return [(m.text, m.entity.id if m.entity else None)
            for m in link_names(Document(id="t", text=text), kb)]


def test_a_full_name_made_possessive_without_its_apostrophe_is_linked(default_kb):
    # copy that drops apostrophes: "Bong Joon Hos Parasite" is Bong's film
    got = _linked(default_kb, "Christopher Nolans Oppenheimer swept the Oscars in 2024.")
    assert ("Christopher Nolans", "christopher-nolan") in got, got
    assert any(e == "oppenheimer-2023-film" for _t, e in got), got
    # not before a lower-case word: the name in the plural ("the Christopher Nolans of
    # the world") is no possessive
    got = _linked(default_kb, "The Christopher Nolans of the world make epics.")
    assert not any(t == "Christopher Nolans" for t, _e in got), got
