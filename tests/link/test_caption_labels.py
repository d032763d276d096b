"""A photo caption opens with a capitalised label word ("Pictured:", "Photographed:"): a word
of the page's furniture, not a misspelled name of a company whose name shares a stem (texts
written for these tests)."""
from __future__ import annotations

import reelcheck
from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return {(m.text, m.entity.id) for m in link_names(Document(id="t", text=text), kb)}


def test_a_caption_label_is_no_misspelled_studio(default_kb):
    text = ("Pictured: Mikey Madison as Ani in Anora (Neon), a turn that won her the Best "
            "Actress Oscar at the 97th Academy Awards.\n\n"
            "Photographed: Yura Borisov as Igor in Anora (Neon), the henchman with the kindest "
            "eyes in the film.")
    got = _links(default_kb, text)
    assert not any(t in ("Pictured", "Photographed") for t, _e in got), got
    assert ("Yura Borisov", "yura-borisov") in got
    r = reelcheck.check(text, kb=default_kb)
    assert [q for q in r.quotes if q.speaker is not None] == [], \
        [(q.text, q.speaker) for q in r.quotes]
