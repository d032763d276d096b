"""Where a person is from, said in passing ("native"), checked against the place of birth.
Sentences are written for these tests; the facts are the default KB's (Sean Baker was born in
Summit, New Jersey; Mikey Madison in Los Angeles)."""
from __future__ import annotations

import reelcheck


def births(text, kb):
    return [c for c in reelcheck.check(text, kb=kb).claims if c.predicate == "place_of_birth"]


def test_native_in_its_shapes(default_kb):
    for text, verdict in (("New Jersey native Sean Baker wrote the script.", "supported"),
                          ("Sean Baker, a New York native, wrote the script.", "refuted"),
                          ("Sean Baker shot close to home: the story plays out in Baker's native New York.",
                           "refuted"),
                          ("Sean Baker is a native of New Jersey.", "supported"),
                          ("California native Mikey Madison took the lead.", "supported")):
        got = births(text, default_kb)
        assert [c.verdict for c in got] == [verdict], text
    got = births("Sean Baker, a New York native, wrote the script.", default_kb)
    assert "Summit, New Jersey" in got[0].explanation


def test_a_place_the_kb_lacks_or_a_person_it_lacks_gives_no_refute(default_kb):
    got = births("Rupert Quill, a New York native, wrote the script.", default_kb)
    assert all(c.verdict != "refuted" for c in got)
