""""A stars B as X" (claims/cast.py): the verb's object with an 'as' phrase of its own plays X,
whatever the subject is. A subject the KB cannot link (a misspelt possessive run into the
title, "Sean Bakers Anora", read as one unknown person) is no actor of the part: pairing it
refuted a true sentence."""
from __future__ import annotations

import reelcheck


def _cast(kb, text):
    return [(c.slots.get("subject"), c.slots.get("actor"), c.verdict)
            for c in reelcheck.check(text, kb=kb).claims if c.category == "cast"]


def test_an_unlinked_subject_does_not_take_the_part(default_kb):
    got = _cast(default_kb, "Sean Bakers Anora stars Mikey Madisson as Ani.")
    assert ("anora-mikheeva", "mikey-madison", "supported") in got
    assert not [v for *_x, v in got if v == "refuted"]
    got = _cast(default_kb, "Harbour Lights stars Mikey Madison as Ani.")
    assert not [v for *_x, v in got if v == "refuted"]


def test_the_wrong_part_of_the_object_is_still_refuted(default_kb):
    got = _cast(default_kb, "Sean Bakers Anora stars Mikey Madisson as Lulu.")
    assert ("lulu", "mikey-madison", "refuted") in got
