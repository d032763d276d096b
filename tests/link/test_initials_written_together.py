"""Initials written together without points ("JK Simmons", "PT Anderson") name the person whose
name they abbreviate; capitals before a word that abbreviate no one stay acronyms, never a
misspelling. Texts written for these tests, on the default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id, m.issue) for m in link_names(Document(id="t", text=text), kb)}


def test_run_together_initials_name_the_person(default_kb):
    got = _links(default_kb, "Years before Whiplash, JK Simmons sold insurance on television.")
    assert ("JK Simmons", "j-k-simmons", "none") in got
    got = _links(default_kb, "A new book on PT Anderson arrives in March.")
    assert ("PT Anderson", "paul-thomas-anderson", "none") in got


def test_acronyms_before_a_capitalised_word_are_left_alone(default_kb):
    got = _links(default_kb, "The FBI Director joined HBO Max executives and CNN Films staff.")
    assert not any(issue == "misspelled" or eid.endswith("-film") or t.split()[0].isupper()
                   for t, eid, issue in got), got
