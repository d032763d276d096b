"""Scraped pages whose typographic marks were decoded through the wrong code page and lost a
byte on the way (issue #12, misspelled names in real registers): a closing double quote left
as "â€" (its last byte dropped or shown as U+FFFD) and a no-break space left as "Â" before a
plain space. The debris is glued to the name before it, but the name's letters are as the KB
writes them: the name is linked, and not flagged misspelt."""
from __future__ import annotations

import pytest

from reelcheck.link import link_names
from reelcheck.model import Document


def _links(kb, text):
    return [(m.text, m.entity.id, m.issue) for m in link_names(Document(id="t", text=text), kb)]


@pytest.mark.parametrize("text, name, eid", [
    ("Neon bought \u00e2\u20ac\u0153Anora\u00e2\u20ac after the festival, the trades said.",
     "Anora", "anora-2024-film"),
    ("Critics called \u00e2\u20ac\u0153The Brutalist\u00e2\u20ac\ufffd a monument.",
     "The Brutalist", "the-brutalist-2024-film"),
    ("On the carpet, Mikey Madison\u00c2 waved to fans from Brooklyn.",
     "Mikey Madison", "mikey-madison"),
    ("Backstage.\u00c2 Sean Baker\u00c2 thanked his cast twice.", "Sean Baker", "sean-baker"),
])
def test_name_before_a_broken_mark_is_not_misspelt(default_kb, text, name, eid):
    got = _links(default_kb, text)
    assert (name, eid, "none") in got
    assert not [g for g in got if g[2] == "misspelled"]


def test_a_letter_decoded_wrong_is_still_a_slip_beside_a_broken_mark(default_kb):
    # "Ã©" is a letter of the name read through the wrong code page: still flagged
    text = "The late \u00e2\u20ac\u0153Emilia P\u00c3\u00a9rez\u00e2\u20ac push faded."
    got = _links(default_kb, text)
    assert ("Emilia P\u00c3\u00a9rez", "emilia-perez-2024-film", "misspelled") in got
