"""Names whose spacing a scraper or a hurried typist broke (issue #12, misspelled names in real
registers): a full name run together into one word, a name word split by a stray space. The
letters are the KB person's, so the name is linked to them and flagged with the name to write;
a hashtag, a handle or an address is written so on purpose and left alone."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _flags(kb, text):
    return [(m.text, m.entity.id, m.suggestion)
            for m in link_names(Document(id="t", text=text), kb) if m.issue == "misspelled"]


@pytest.mark.parametrize("text, wrong, eid, right", [
    ("SeanBaker collected four statuettes in one evening for Anora.", "SeanBaker",
     "sean-baker", "Sean Baker"),
    ("Best Actress went to MikeyMadison, the film's 25-year-old lead.", "MikeyMadison",
     "mikey-madison", "Mikey Madison"),
    ("Recap: KieranCulkin thanked his wife from the stage.", "KieranCulkin",
     "kieran-culkin", "Kieran Culkin"),
    ("Mikey Madi son and her director hugged on stage.", "Mikey Madi son",
     "mikey-madison", "Mikey Madison"),
    ("Our pick for the year: Adrien Bro dy, The Brutalist.", "Adrien Bro dy",
     "adrien-brody", "Adrien Brody"),
])
def test_name_with_its_spacing_broken_is_flagged(default_kb, text, wrong, eid, right):
    assert _flags(default_kb, text) == [(wrong, eid, right)]


@pytest.mark.parametrize("text, wrong, eid, right", [
    # a tag, a handle or an address is the name written so on purpose; prose beside it is not
    ("Trending as #SeanBaker all night, SeanBaker took four statuettes home.", "SeanBaker",
     "sean-baker", "Sean Baker"),
    ("Follow @KieranCulkin for photos; KieranCulkin himself posted none.", "KieranCulkin",
     "kieran-culkin", "Kieran Culkin"),
    # a piece that, joined, makes no one's name, or follows a name written right, is a word
    ("Will Smith son Jaden sat in the front row, near Mikey Madi son.", "Mikey Madi son",
     "mikey-madison", "Mikey Madison"),
])
def test_only_the_broken_name_in_prose_is_flagged(default_kb, text, wrong, eid, right):
    assert _flags(default_kb, text) == [(wrong, eid, right)]
