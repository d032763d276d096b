"""Where a negative word on a cast filler reaches (claims/cast.py `_denied`): a 'not' after the
part leads the phrase that follows it ("plays Igor, not a villain but ..."), "not A but B plays
X" denies A alone and asserts B, and the cleft "it is not A but B who plays X" reads the same."""
from __future__ import annotations

import reelcheck


def _cast(kb, text):
    return {(c.slots.get("subject"), c.verdict) for c in reelcheck.check(text, kb=kb).claims
            if c.category == "cast"}


def test_a_not_after_the_part_does_not_deny_the_casting(default_kb):
    got = _cast(default_kb, "Listicle time: Yura Borisov plays Igor, not a brute but the "
                            "conscience of the whole picture.")
    assert not [v for _s, v in got if v == "refuted"]
    # the same shape with the wrong part is still wrong
    got = _cast(default_kb, "Yura Borisov plays Toros, not a brute but a fixer.")
    assert ("toros", "refuted") in got


def test_not_a_but_b_asserts_b(default_kb):
    got = _cast(default_kb, "Not Borisov but Karagulian plays Igor.")
    assert ("igor", "refuted") in got
    assert ("igor", "supported") not in got      # B's wrong pairing is no "correct denial"


def test_cleft_not_a_but_b(default_kb):
    got = _cast(default_kb, "In Anora it is not Borisov but Karagulian who plays Toros.")
    assert ("toros", "supported") in got
    assert not [v for _s, v in got if v == "refuted"]
    got = _cast(default_kb, "In Anora it is not Karagulian but Borisov who plays Toros.")
    assert ("toros", "refuted") in got
