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
