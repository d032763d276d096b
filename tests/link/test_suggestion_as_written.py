"""A misspelt name is corrected in the form the writer used it: a surname written alone gets the
surname spelled right, a full name the full name. The mention still links to the whole entity.
Texts written for these tests."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _misspelt(kb, text):
    return [(m.text, m.suggestion, m.entity.label)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


def test_a_surname_alone_is_corrected_as_a_surname(default_kb):
    text = "Anora stars Mikey Madison. Borisof plays Igor, the quiet henchman."
    assert _misspelt(default_kb, text) == [("Borisof", "Borisov", "Yura Borisov")]


def test_a_full_name_is_corrected_as_a_full_name(default_kb):
    text = "Anora, directed by Sean Bakker, stars Mikey Madisen."
    assert _misspelt(default_kb, text) == [("Sean Bakker", "Sean Baker", "Sean Baker"),
                                           ("Mikey Madisen", "Mikey Madison", "Mikey Madison")]


def test_a_surname_after_the_full_name_is_corrected_as_a_surname(default_kb):
    text = "Mikey Madison plays Ani in Anora. Critics agreed that Madisen carried the film."
    assert _misspelt(default_kb, text) == [("Madisen", "Madison", "Mikey Madison")]
