"""A name in full close to a KB person's that the text has already written right in full,
set before a clause that tells who this is (", who runs a bakery"), introduces someone else:
a writer returns to a person named already by the surname. Texts written for these tests."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_close_name_introduced_by_who_after_the_right_one_is_someone_else(default_kb):
    text = ("Jonathan Glazer won the international feature Oscar for The Zone of Interest. "
            "Jonathan Glaser, who bakes sourdough in Hackney, keeps getting fan mail about "
            "the film.")
    assert not _flagged(default_kb, text)
    assert not _flagged(default_kb, "Sean Baker made Anora for six million dollars. Sean "
                                    "Bakes, who owns a bar in Queens, was an extra in it.")


def test_a_doubled_letter_or_no_right_spelling_before_is_still_a_slip(default_kb):
    got = _flagged(default_kb, "Mikey Madison won for Anora. Mikey Maddison, who grew up "
                               "in Los Angeles, thanked her parents.")
    assert ("Mikey Maddison", "Mikey Madison") in got
    got = _flagged(default_kb, "Jonathan Glaser, who made The Zone of Interest, won the "
                               "international feature Oscar.")
    assert ("Jonathan Glaser", "Jonathan Glazer") in got
