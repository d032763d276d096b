"""A prize said to be "one of" a set another holds (sentences written for reelcheck's tests):
"Mikey Madison won Best Actress, one of Anora's five Oscars" counts the film's wins, not the
actress's (it had been refuted as "Madison won 1, not 5"); a set "for" a film said of a
person ("one of five Oscars for Anora") is the film's or the person's own for it, which the
words leave open: both readings are checked, and it holds if either does; "one of his five Oscars for Anora" is still the subject's own. "Two of
Anora's five Oscars went to Sean Baker" had been refuted as "Baker won 4, not 5": the five
are the film's, and how many of them are his the words leave open."""
from __future__ import annotations

import pytest

import reelcheck


def verdicts(text: str, kb) -> list[str]:
    return [c.verdict for c in reelcheck.check(text, kb=kb).claims]


@pytest.mark.parametrize("text, want", [
    ("Mikey Madison won Best Actress, one of Anora's five Oscars.", "supported"),
    ("Adrien Brody won Best Actor, one of The Brutalist's three Oscars.", "supported"),
    ("Mikey Madison won Best Actress, one of Anora's six Oscars.", "refuted"),
    ("Adrien Brody won Best Actor, one of The Brutalist's four Oscars.", "refuted"),
    # the film's five or the person's own for it: it holds if either reading does, and is
    # refuted only when both fail
    ("Mikey Madison took Best Actress, one of five Oscars for Anora.", "supported"),
    ("Sean Baker won Best Director, one of four Oscars for Anora.", "supported"),
    ("Mikey Madison took Best Actress, one of four Oscars for Anora.", "refuted"),
    ("Sean Baker won Best Director, one of three Oscars for Anora.", "refuted"),
    ("Sean Baker won Best Director, one of his five Oscars for Anora.", "refuted"),
    ("Two of Anora's five Oscars went to Sean Baker as director and writer.", None),
    ("Four of Anora's five Oscars went to Sean Baker.", None),
    ("Two of Anora's six Oscars went to Sean Baker as director and writer.", "refuted"),
])
def test_one_of_another_holders_set(default_kb, text, want):
    got = verdicts(text, default_kb)
    if want is None:
        assert "refuted" not in got and "supported" not in got, got
    else:
        assert want in got, got
    if want != "refuted":
        assert "refuted" not in got, got
