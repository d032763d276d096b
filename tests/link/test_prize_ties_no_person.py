"""Naming a prize ("the Oscars") ties a piece to every ceremony of it, so to everyone ever
nominated: on that tie alone a person's near name is flagged only for a slip of typing (a
letter doubled or a double one written once, vowels changed), not for a consonant swapped or a
letter added, which make a real other name (a politician or a diver one letter off a long-ago
nominee). A misspelt film title is flagged as before. Texts written for these tests, on the
default KB."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_politician_near_an_old_winner_is_not_flagged_by_the_prize(default_kb):
    assert not _flags(default_kb, "On the radio, Michael Gove complained that the Oscars "
                                  "ran past midnight again.")
    # a letter added (not a doubled one) makes another real surname too
    assert not _flags(default_kb, "The diver Tom Daley watched the Oscars from a hotel bar.")


def test_a_person_tied_by_an_edition_is_still_flagged(default_kb):
    got = _flags(default_kb, "Mikey Maddison took an Oscar home from the 97th Academy Awards.")
    assert ("Mikey Maddison", "Mikey Madison") in got


def test_a_title_tied_by_the_prize_is_still_flagged(default_kb):
    got = _flags(default_kb, "Oppenhiemer was crowned Best Picture at the Oscars that year.")
    assert ("Oppenhiemer", "Oppenheimer") in got


def test_a_typing_slip_tied_by_the_prize_alone_is_still_flagged(default_kb):
    got = _flags(default_kb, "Nobody expected Mikey Maddison to carry an Oscar out that night.")
    assert ("Mikey Maddison", "Mikey Madison") in got
