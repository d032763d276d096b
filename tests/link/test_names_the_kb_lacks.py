"""People the KB lacks whose names are close to a KB person's: what the text says of them
(a full name written earlier, an apposition's head noun, an owner, an introduction, a
surname that is a word) tells they are someone else, and no misspelling is flagged. Texts
written for these tests, on the default KB; each has a slip of the KB name beside it that
is still flagged."""
from __future__ import annotations

from reelcheck.link import link_names
from reelcheck.model import Document


def _flagged(kb, text):
    return {(m.text, m.suggestion) for m in link_names(Document(id="t", text=text), kb)
            if m.issue == "misspelled"}


def test_a_lone_surname_of_a_full_name_the_text_introduced_is_that_person(default_kb):
    text = ("Streaming chief Ted Sarandos met Susan Sarandon at the premiere of Dead Man "
            "Walking's restoration. Sarandos later told staff the deal was done.")
    assert not _flagged(default_kb, text)
    # without the full name first, the lone word beside her is still her name slipped
    got = _flagged(default_kb, "Susan Sarandon starred in Dead Man Walking. Critics said "
                               "Sarandos was never better.")
    assert ("Sarandos", "Sarandon") in got


def test_an_apposition_is_read_to_its_head_noun(default_kb):
    text = ("Anora swept the Oscars. Mickey Madison, a real estate agent in Burbank, says "
            "strangers keep congratulating her.")
    assert not _flagged(default_kb, text)
    got = _flagged(default_kb, "Anora swept the Oscars. Mickey Madison, the film's lead, "
                               "thanked Sean Baker.")
    assert ("Mickey Madison", "Mikey Madison") in got
