"""An age whose adverb is joined to its number by a hyphen ("the then-45-year-old Jane Roe",
"the now-31-year-old") is read as the unhyphenated "then 45-year-old" is: the tokenizer keeps
"then-45" as one word, which is split into the adverb, the hyphen and the number. "Then" puts
the age at the event its clause states, so an age that differs from the one on that night is
wrong either way; "now" leaves it an age when the piece was written. Sentences are written for
these tests; the facts are the default KB's (Olivia Colman, born 30 January 1974, won Best
Actress at the 91st Academy Awards, 24 February 2019; Gary Oldman, born 21 March 1958, won Best
Actor at the 90th, 4 March 2018)."""
from __future__ import annotations

import pytest
from age_claims import ages

COLMAN = "The then-{}-year-old Olivia Colman won the Oscar for Best Actress for The Favourite."
OLDMAN = ("Gary Oldman, the then-{}-year-old star of Darkest Hour, picked up Best Actor at "
          "the 90th Academy Awards.")


@pytest.mark.parametrize("text", [COLMAN.format(45), OLDMAN.format(59)])
def test_the_age_on_the_night_holds(text, default_kb):
    got = ages(text, default_kb)
    assert [c.verdict for c in got] == ["supported"]


@pytest.mark.parametrize("text", [COLMAN.format(44), COLMAN.format(50), OLDMAN.format(58),
                                  OLDMAN.format(64)])
def test_another_age_then_is_wrong(text, default_kb):
    # older than on the night too: "then" is that night's age, not one at the writing
    got = ages(text, default_kb)
    assert [c.verdict for c in got] == ["refuted"]


def test_now_is_an_age_at_the_writing(default_kb):
    got = ages("The now-50-year-old Olivia Colman won the Oscar for Best Actress for The "
               "Favourite.", default_kb)
    assert [c.verdict for c in got] == ["not_enough_info"]
