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


def test_from_on_the_verb_says_where_a_person_is_from(default_kb):
    import reelcheck
    def origins(text):
        return [c for c in reelcheck.check(text, kb=default_kb).claims
                if c.predicate == "place_of_birth"]
    assert [c.verdict for c in origins("Mikey Madison hails from Los Angeles.")] == ["supported"]
    assert [c.verdict for c in origins("Mikey Madison comes from Moscow.")] == ["refuted"]
    # "from" is also said of where one grew up: within the birthplace's country, left open
    assert all(c.verdict == "not_enough_info"
               for c in origins("Mark Eydelshteyn hails from Moscow."))
    # a "from" that belongs to another verb is no origin
    assert origins("Mikey Madison flew in from Moscow for the premiere.") == []


def test_a_pronoun_s_origin_is_its_person_s(default_kb):
    import reelcheck
    r = reelcheck.check("Mikey Madison trained as a rider. She is from Moscow.", kb=default_kb)
    got = [c for c in r.claims if c.predicate == "place_of_birth"]
    assert [c.verdict for c in got] == ["refuted"] and got[0].text == "She is from Moscow"
